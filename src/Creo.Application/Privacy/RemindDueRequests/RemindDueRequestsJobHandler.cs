using System.Globalization;

namespace Creo.Application.Privacy.RemindDueRequests;

/// <summary>
/// One mail to support listing each request by id, type and due date: never its details, which may hold anything the
/// person wrote, and the desk is where they are read. Not guarded per day: a re-run the same day (a retry from the
/// dashboard) mails the same list again, which tells support nothing wrong and costs one duplicate mail.
/// </summary>
internal sealed class RemindDueRequestsJobHandler(
    IPrivacyData data,
    IMailSender mail,
    IOptions<SupportContact> support,
    TimeProvider clock,
    ILogger<RemindDueRequestsJobHandler> logger) : IJobHandler<RemindDueRequestsJob>
{
    public async Task RunAsync(RemindDueRequestsJob job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + RemindDueRequestsJob.DueSoon;
        var due = await data.PrivacyRequests.AsNoTracking()
            .Where(r => r.CompletedAt == null && r.DueAt <= horizon)
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id)
            .Select(r => new DueRequest(r.Id, r.Type, r.DueAt))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            logger.LogInformation("No privacy request is due within {Days} days; support is not mailed", RemindDueRequestsJob.DueSoon.TotalDays);
            return;
        }

        var overdue = due.Count(r => r.DueAt < now);
        await mail.SendAsync(Reminder(support.Value.ContactEmail, due, now), cancellationToken);
        logger.LogInformation("Support reminded of {Overdue} overdue and {DueSoon} due-soon privacy request(s)", overdue, due.Count - overdue);
    }

    private static OutgoingMail Reminder(string to, IReadOnlyList<DueRequest> due, DateTimeOffset now)
    {
        var overdue = due.Where(r => r.DueAt < now).ToList();
        var dueSoon = due.Where(r => r.DueAt >= now).ToList();
        var body = new StringBuilder();
        body.AppendLine(CultureInfo.InvariantCulture, $"Privacy requests needing an answer on {now:yyyy-MM-dd} (we reply within 30 days):");
        Section(body, "Overdue", overdue);
        Section(body, $"Due within {RemindDueRequestsJob.DueSoon.TotalDays} days", dueSoon);
        body.AppendLine();
        body.AppendLine("Open the request desk to read and answer them.");
        return new OutgoingMail(to, $"Privacy requests: {overdue.Count} overdue, {dueSoon.Count} due within a week", body.ToString());
    }

    private static void Section(StringBuilder body, string title, IReadOnlyList<DueRequest> requests)
    {
        if (requests.Count == 0)
        {
            return;
        }

        body.AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"{title}:");
        foreach (var request in requests)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"- {request.Id} · {request.Type.ToString().ToLowerInvariant()} · due {request.DueAt:yyyy-MM-dd}");
        }
    }
}
