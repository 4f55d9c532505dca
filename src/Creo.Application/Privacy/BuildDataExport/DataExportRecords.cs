using System.Text.Json;
using static Creo.Application.Privacy.BuildDataExport.ExportText;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// <c>index.html</c>'s account sections, each a short table in words: credits, payments, consents, sessions and
/// privacy requests. The raw tables after them hold every column; these hold what a person asks about.
/// </summary>
internal static class DataExportRecords
{
    public static string Credits(ExportTables tables)
    {
        var entries = tables.Rows("credits", "credit_entries");
        var balance = tables.Rows("credits", "credit_accounts").Select(a => Number(a, "balance")).FirstOrDefault() ?? 0;
        var html = Open("credits", "Your credits", FormattableString.Invariant($"Your balance is {balance:#,0} credits. Every change, newest first:"));
        return Close(Table(html, "Credit changes", ["When", "What", "Credits", "Reason"], entries.Reverse().Select(e => new[]
        {
            When(Time(e, "createdAt")),
            CreditKind(Text(e, "kind")),
            Signed(Number(e, "amount") ?? 0),
            Encode(Text(e, "reason")),
        })));
    }

    public static string Payments(ExportTables tables)
    {
        var html = Open("payments", "Your payments", null);
        var subscriptions = tables.Rows("billing", "subscriptions");
        Table(html, "Subscriptions", ["Plan", "Status", "Current period", "Renews"], subscriptions.Reverse().Select(s => new[]
        {
            Encode(Text(s, "planId")),
            Words(Text(s, "status")),
            $"{Day(Time(s, "currentPeriodStart"))} – {Day(Time(s, "currentPeriodEnd"))}",
            Flag(s, "cancelAtPeriodEnd") ? "No, it ends with this period" : "Yes",
        }), "No subscription.");
        Table(html, "Invoices", ["Date", "Number", "Paid", "Status"], tables.Rows("billing", "invoices").Reverse().Select(i => new[]
        {
            Day(Time(i, "createdAt")),
            Encode(Text(i, "number")),
            Money(Number(i, "amountPaid"), Text(i, "currency")),
            Words(Text(i, "status")),
        }), "No invoices.");
        return Close(Table(html, "Credit purchases", ["Date", "Credits", "Paid"], tables.Rows("billing", "credit_purchases").Reverse().Select(p => new[]
        {
            Day(Time(p, "createdAt")),
            Signed(Number(p, "credits") ?? 0),
            Money(Number(p, "amountPaid"), Text(p, "currency")),
        }), "No credit purchases."));
    }

    public static string Consents(ExportTables tables)
    {
        var records = tables.Rows("privacy", "consents");
        var now = records.GroupBy(r => Text(r, "purpose")).Select(g => g.Last()).ToList();
        var summary = now.Count == 0
            ? "You have not turned anything optional on: nothing optional is on until you do."
            : string.Join(" ", now.Select(r => $"{Words(Text(r, "purpose"))}: {(Flag(r, "granted") ? "on" : "off")}."));
        var html = Open("consents", "Your choices", summary);
        return Close(Table(html, "Every decision", ["When", "Choice", "Decision", "Where", "Policy version"], records.Reverse().Select(r => new[]
        {
            When(Time(r, "recordedAt")),
            Words(Text(r, "purpose")),
            Flag(r, "granted") ? "On" : "Off",
            Source(Text(r, "source")),
            Encode(Text(r, "policyVersion")),
        }), empty: null));
    }

    public static string Sessions(ExportTables tables)
    {
        var html = Open("sessions", "Where you signed in", "Each session, newest first; the full browser names are in the raw tables below.");
        return Close(Table(html, "Sessions", ["Started", "Last active", "Browser", "IP address", "Ended"], tables.Rows("accounts", "sessions").Reverse().Select(s => new[]
        {
            When(Time(s, "createdAt")),
            When(Time(s, "lastSeenAt")),
            Browser(Text(s, "userAgent")),
            Encode(Text(s, "ipAddress") ?? "—"),
            Time(s, "revokedAt") is { } ended ? When(ended) : "Still open or expired",
        })));
    }

    public static string Requests(ExportTables tables)
    {
        var html = Open("requests", "Your privacy requests", null);
        return Close(Table(html, "Privacy requests", ["Received", "Request", "Reply due", "Answered"], tables.Rows("privacy", "requests").Reverse().Select(r => new[]
        {
            Day(Time(r, "receivedAt")),
            Words(Text(r, "type")) + (Text(r, "details") is { Length: > 0 } details ? $"<br><span class=\"muted\">{Encode(details)}</span>" : string.Empty),
            Day(Time(r, "dueAt")),
            Time(r, "completedAt") is { } done ? Day(done) : "Not yet",
        }), "You have not sent any."));
    }

    private static string Close(StringBuilder html) => html.Append("</section>\n").ToString();

    private static StringBuilder Open(string id, string title, string? lead)
    {
        var html = new StringBuilder($"<section id=\"{id}\" aria-labelledby=\"{id}-title\">\n<h2 id=\"{id}-title\">{title}</h2>\n");
        return lead is null ? html : html.Append("<p>").Append(lead).Append("</p>\n");
    }

    /// <summary>A captioned table that scrolls inside its own box on a narrow screen, never the page; cells come encoded.</summary>
    private static StringBuilder Table(StringBuilder html, string caption, string[] columns, IEnumerable<string[]> rows, string? empty = "Nothing here yet.")
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return empty is null ? html : html.Append("<p class=\"muted\">").Append(empty).Append("</p>\n");
        }

        html.Append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(caption).Append("\">\n<table>\n<caption>")
            .Append(caption).Append("</caption>\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\">").Append(column).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static string CreditKind(string? kind) => kind switch
    {
        "StarterGrant" => "Welcome credits",
        "Purchase" => "Bought",
        "SubscriptionGrant" => "From your subscription",
        "Hold" => "Held for a generation",
        "Capture" => "Charged for a generation",
        "Release" => "Returned",
        "Adjustment" => "Corrected by support",
        "Expiry" => "Expired",
        _ => Words(kind),
    };

    private static string Source(string? source) => source switch
    {
        "privacy-center" => "Privacy center",
        "cookie-banner" => "Cookie banner",
        "global-privacy-control" => "Your browser's Global Privacy Control",
        _ => Encode(source),
    };
}
