using System.Buffers.Binary;
using System.Security.Cryptography;
using Creo.Application.Generations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Creo.Infrastructure.Generations;

/// <summary>
/// Seals (generation, output index, expiry) with the app's Data Protection keys, which live in the database so
/// every instance opens every other's links. Expiry is judged on the app's clock.
/// </summary>
internal sealed class OutputLinks(IDataProtectionProvider dataProtection, TimeProvider clock) : IOutputLinks
{
    public const string RoutePrefix = "/api/media/";

    private const int PayloadLength = 16 + sizeof(int) + sizeof(long);

    private readonly IDataProtector protector = dataProtection.CreateProtector("Creo.Generations.OutputLinks.v1");

    public Uri Create(Guid generationId, int index, DateTimeOffset expiresAt)
    {
        var payload = new byte[PayloadLength];
        generationId.TryWriteBytes(payload);
        BinaryPrimitives.WriteInt32BigEndian(payload.AsSpan(16), index);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(20), expiresAt.ToUnixTimeSeconds());
        return new Uri(RoutePrefix + WebEncoders.Base64UrlEncode(protector.Protect(payload)), UriKind.Relative);
    }

    public OutputLink? Open(string token)
    {
        byte[] payload;
        try
        {
            payload = protector.Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }

        if (payload.Length != PayloadLength)
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(20)));
        return expiresAt <= clock.GetUtcNow()
            ? null
            : new OutputLink(new Guid(payload.AsSpan(0, 16)), BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(16)), expiresAt);
    }
}
