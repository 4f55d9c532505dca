
namespace Creo.Application.Credits.GetDisputeHold;

/// <summary>Since when the person's credits are on hold for a disputed payment, or null when they are not.</summary>
public sealed record GetDisputeHoldQuery(Guid UserId) : IQuery<DateTimeOffset?>;
