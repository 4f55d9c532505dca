namespace Creo.Application.Privacy.ListDeskRequests;

/// <summary>
/// The support desk's privacy requests (policy section 07, "We reply within 30 days"): unanswered ones by due date, so
/// the overdue come first, oldest due first; answered ones after them, most recently answered first. The first
/// <paramref name="Limit"/> only: the most urgent are always on the first page.
/// </summary>
public sealed record ListDeskRequestsQuery(string Status, int Limit) : IQuery<IReadOnlyList<DeskRequestDto>>;
