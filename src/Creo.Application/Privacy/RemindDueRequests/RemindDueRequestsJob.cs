namespace Creo.Application.Privacy.RemindDueRequests;

/// <summary>
/// Once a day, mails support the unanswered privacy requests due within a week and those overdue, so the 30-day
/// promise (policy section 07) is not missed unseen.
/// </summary>
public sealed record RemindDueRequestsJob : IJob
{
    public const string RecurringName = "Mail support the privacy requests due within 7 days or overdue";

    public static readonly TimeSpan DueSoon = TimeSpan.FromDays(7);
}
