namespace Creo.Application.Generations.Showcase;

/// <summary>What the home page shows: the examples the shipped models render, and whether any model makes video.</summary>
public sealed record ShowcaseDto(IReadOnlyList<ShowcaseItemDto> Items, bool MakesVideo);

/// <summary>One example as shown: its picture's number, the prompt as caption, and the model that renders it.</summary>
public sealed record ShowcaseItemDto(int Number, string Prompt, string ModelName);
