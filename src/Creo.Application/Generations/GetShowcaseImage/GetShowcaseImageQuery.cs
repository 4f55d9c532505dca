namespace Creo.Application.Generations.GetShowcaseImage;

/// <summary>The PNG of one home-page example, or null when there is no such example or no local model to render it.</summary>
public sealed record GetShowcaseImageQuery(int Number) : IQuery<byte[]?>;
