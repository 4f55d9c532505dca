namespace Creo.Application.Generations.Showcase;

/// <summary>One example on the home page: a prompt the shipped local models render, and the seed that fixes its picture.</summary>
public sealed record ShowcaseExample(int Number, string Prompt, long Seed);

/// <summary>
/// The home page's examples: fixed prompts and seeds, so every visitor sees the same pictures and each is rendered
/// once per process. Chosen to show what the local models answer to: colour words, light, subjects and styles.
/// </summary>
public static class ShowcaseExamples
{
    public static readonly IReadOnlyList<ShowcaseExample> All =
    [
        new(1, "Green tea terraces in the mountains at dawn, watercolour", 4_211),
        new(2, "Golden desert dunes under a sunset sky", 1_907),
        new(3, "Neon city at night, geometric", 7_345),
        new(4, "Ocean waves in pastel colours, ink", 2_026),
    ];

    public static ShowcaseExample? Find(int number) => All.FirstOrDefault(example => example.Number == number);
}
