using Creo.Application.Common.Mail;
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
        var values = new Dictionary<string, string> { ["today"] = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var template = new StringBuilder("Privacy requests needing an answer on {{today}} (we reply within 30 days):");
        Section(template, values, "overdue", "Overdue", overdue);
        Section(template, values, "soon", $"Due within {RemindDueRequestsJob.DueSoon.TotalDays} days", dueSoon);
        template.Append("\n\nOpen the request desk to read and answer them.");
        return MailTemplate.Compose(
            to, $"Privacy requests: {overdue.Count} overdue, {dueSoon.Count} due within a week", template.ToString(), values, linkBase: null);
    }

    /// <summary>One paragraph per section, a kept line per request; each request's line is a value, like any other.</summary>
    private static void Section(StringBuilder template, Dictionary<string, string> values, string name, string title, IReadOnlyList<DueRequest> requests)
    {
        if (requests.Count == 0)
        {
            return;
        }

        template.Append(CultureInfo.InvariantCulture, $"\n\n{title}:");
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            values[$"{name}{i}"] = string.Create(CultureInfo.InvariantCulture, $"- {request.Id} · {request.Type.ToString().ToLowerInvariant()} · due {request.DueAt:yyyy-MM-dd}");
            template.Append(CultureInfo.InvariantCulture, $"\\\n{{{{{name}{i}}}}}");
        }
    }
}
