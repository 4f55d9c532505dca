namespace Creo.Application.Privacy.GetBreachNotice;

/// <summary>What the dashboard shows about a breach: the message staff wrote for the people it affected.</summary>
public sealed record BreachNoticeDto(Guid BreachId, string Message, DateTimeOffset RecordedAt);
