using Creo.Application.Privacy;
using Creo.Infrastructure.Common;
using Microsoft.AspNetCore.DataProtection;

namespace Creo.Infrastructure.Privacy;

/// <summary>Seals an export id until an expiry; see <see cref="SealedTokens"/>. The route serves it only to the export's owner.</summary>
internal sealed class ExportLinks(IDataProtectionProvider dataProtection, TimeProvider clock) : IExportLinks
{
    public const string RoutePrefix = "/api/privacy/exports/files/";

    private readonly SealedTokens tokens = new(dataProtection, "Creo.Privacy.ExportLinks.v1", clock);

    public Uri Create(Guid exportId, DateTimeOffset expiresAt) =>
        new(RoutePrefix + tokens.Seal(exportId.ToByteArray(), expiresAt), UriKind.Relative);

    public ExportLink? Open(string token) =>
        tokens.Open(token) is ({ Length: 16 } payload, var expiresAt) ? new ExportLink(new Guid(payload), expiresAt) : null;
}
