using System.Buffers.Binary;
using Creo.Application.Generations;
using Creo.Infrastructure.Common;
using Microsoft.AspNetCore.DataProtection;

namespace Creo.Infrastructure.Generations;

/// <summary>Seals (generation, output index) until an expiry; see <see cref="SealedTokens"/>.</summary>
internal sealed class OutputLinks(IDataProtectionProvider dataProtection, TimeProvider clock) : IOutputLinks
{
    public const string RoutePrefix = "/api/media/";

    private const int PayloadLength = 16 + sizeof(int);

    private readonly SealedTokens tokens = new(dataProtection, "Creo.Generations.OutputLinks.v2", clock);

    public Uri Create(Guid generationId, int index, DateTimeOffset expiresAt)
    {
        Span<byte> payload = stackalloc byte[PayloadLength];
        generationId.TryWriteBytes(payload);
        BinaryPrimitives.WriteInt32BigEndian(payload[16..], index);
        return new Uri(RoutePrefix + tokens.Seal(payload, expiresAt), UriKind.Relative);
    }

    public OutputLink? Open(string token) =>
        tokens.Open(token) is ({ Length: PayloadLength } payload, var expiresAt)
            ? new OutputLink(new Guid(payload.AsSpan(0, 16)), BinaryPrimitives.ReadInt32BigEndian(payload.AsSpan(16)), expiresAt)
            : null;
}
