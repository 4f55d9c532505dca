namespace Creo.Domain.Generations;

/// <summary>
/// What a video output is, read from the file itself (never from what the host said): its length and its picture
/// size. The privacy policy's "generation metadata" names both.
/// </summary>
public sealed record VideoFacts(double DurationSeconds, int Width, int Height);
