namespace Creo.Web.Pages.Admin;

/// <summary>
/// A breach as the admin saw it on the confirmation: every field that will be recorded, who it tells (their count
/// and the fingerprint of the exact set), and until when the confirmation holds.
/// </summary>
public sealed record BreachTicket(
    string Audience, List<Guid>? UserIds, List<string> Categories, DateTimeOffset? From, DateTimeOffset? To,
    DateTimeOffset DiscoveredAt, string? Description, string Message, int Count, string Fingerprint, DateTimeOffset ExpiresAt)
{
    public const string Act = "record-breach";
}
