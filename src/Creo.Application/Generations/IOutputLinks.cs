namespace Creo.Application.Generations;

/// <summary>
/// Links to generation outputs. A link is sealed and expires, and it opens only for the generation's owner
/// while the generation exists: another account gets 404 for it, and so does everyone once it is deleted.
/// </summary>
public interface IOutputLinks
{
    Uri Create(Guid generationId, int index, DateTimeOffset expiresAt);

    /// <summary>What <paramref name="token"/> names, or null when it is forged, damaged or expired.</summary>
    OutputLink? Open(string token);
}

public sealed record OutputLink(Guid GenerationId, int Index, DateTimeOffset ExpiresAt);
