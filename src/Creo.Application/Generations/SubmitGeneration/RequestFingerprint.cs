using System.Security.Cryptography;

namespace Creo.Application.Generations.SubmitGeneration;

/// <summary>A hash of what was asked, so a reused idempotency key with a different request is refused instead of replayed.</summary>
internal static class RequestFingerprint
{
    public static string Of(SubmitGenerationCommand command)
    {
        var canonical = string.Join('\n', command.ModelId, command.Prompt, command.Width, command.Height, command.DurationSeconds, command.Seed, command.SourceImageId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
