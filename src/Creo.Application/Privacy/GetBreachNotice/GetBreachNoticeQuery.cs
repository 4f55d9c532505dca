namespace Creo.Application.Privacy.GetBreachNotice;

/// <summary>The newest breach notice the person has not dismissed, for their dashboard; null when there is none.</summary>
public sealed record GetBreachNoticeQuery(Guid UserId) : IQuery<BreachNoticeDto?>;
