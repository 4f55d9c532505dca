using System.Text.Json;
using static Creo.Application.Privacy.BuildDataExport.ExportText;

namespace Creo.Application.Privacy.BuildDataExport;

/// <summary>
/// <c>index.html</c>'s account sections, each a short table in words: credits, payments, consents, sessions and
/// privacy requests. The raw tables after them hold every column; these hold what a person asks about. Each is
/// written as its rows are read, newest first.
/// </summary>
internal static class DataExportRecords
{
    public static async Task CreditsAsync(StreamWriter page, ExportTables tables)
    {
        var balance = await tables.FirstAsync("credits", "credit_accounts") is { } account ? Number(account.Values, "balance") ?? 0 : 0;
        await ExportHtml.OpenAsync(page, "credits", "Your credits", FormattableString.Invariant($"Your balance is {balance:#,0} credits. Every change, newest first:"));
        await ExportHtml.TableAsync(page, "Credit changes", ["When", "What", "Credits", "Reason"], tables.Rows("credits", "credit_entries", newestFirst: true), e =>
        [
            When(Time(e.Values, "createdAt")),
            CreditKind(Text(e.Values, "kind")),
            Signed(Number(e.Values, "amount") ?? 0),
            Encode(Text(e.Values, "reason")),
        ]);
        await ExportHtml.CloseAsync(page);
    }

    public static async Task PaymentsAsync(StreamWriter page, ExportTables tables)
    {
        await ExportHtml.OpenAsync(page, "payments", "Your payments", null);
        await ExportHtml.TableAsync(page, "Subscriptions", ["Plan", "Status", "Current period", "Renews"], tables.Rows("billing", "subscriptions", newestFirst: true), s =>
        [
            Encode(Text(s.Values, "planId")),
            Words(Text(s.Values, "status")),
            $"{Day(Time(s.Values, "currentPeriodStart"))} – {Day(Time(s.Values, "currentPeriodEnd"))}",
            Flag(s.Values, "cancelAtPeriodEnd") ? "No, it ends with this period" : "Yes",
        ], "No subscription.");
        await ExportHtml.TableAsync(page, "Invoices", ["Date", "Number", "Paid", "Status"], tables.Rows("billing", "invoices", newestFirst: true), i =>
        [
            Day(Time(i.Values, "createdAt")),
            Encode(Text(i.Values, "number")),
            Money(Number(i.Values, "amountPaid"), Text(i.Values, "currency")),
            Words(Text(i.Values, "status")),
        ], "No invoices.");
        await ExportHtml.TableAsync(page, "Credit purchases", ["Date", "Credits", "Paid"], tables.Rows("billing", "credit_purchases", newestFirst: true), p =>
        [
            Day(Time(p.Values, "createdAt")),
            Signed(Number(p.Values, "credits") ?? 0),
            Money(Number(p.Values, "amountPaid"), Text(p.Values, "currency")),
        ], "No credit purchases.");
        await ExportHtml.CloseAsync(page);
    }

    public static async Task ConsentsAsync(StreamWriter page, ExportTables tables)
    {
        // The choice as it stands: each purpose's latest decision, purposes in the order they were first decided.
        var latest = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var purposes = new List<string>();
        await foreach (var record in tables.Rows("privacy", "consents"))
        {
            var purpose = Text(record.Values, "purpose") ?? string.Empty;
            if (!latest.ContainsKey(purpose))
            {
                purposes.Add(purpose);
            }

            latest[purpose] = record.Values;
        }

        var summary = purposes.Count == 0
            ? "You have not turned anything optional on: nothing optional is on until you do."
            : string.Join(" ", purposes.Select(p => latest[p]).Select(r => $"{Words(Text(r, "purpose"))}: {(Flag(r, "granted") ? "on" : "off")}."));
        await ExportHtml.OpenAsync(page, "consents", "Your choices", summary);
        await ExportHtml.TableAsync(page, "Every decision", ["When", "Choice", "Decision", "Where", "Policy version"], tables.Rows("privacy", "consents", newestFirst: true), r =>
        [
            When(Time(r.Values, "recordedAt")),
            Words(Text(r.Values, "purpose")),
            Flag(r.Values, "granted") ? "On" : "Off",
            Source(Text(r.Values, "source")),
            Encode(Text(r.Values, "policyVersion")),
        ], empty: null);
        await ExportHtml.CloseAsync(page);
    }

    public static async Task SessionsAsync(StreamWriter page, ExportTables tables)
    {
        await ExportHtml.OpenAsync(page, "sessions", "Where you signed in", "Each session, newest first; the full browser names are in the raw tables below.");
        await ExportHtml.TableAsync(page, "Sessions", ["Started", "Last active", "Browser", "IP address", "Ended"], tables.Rows("accounts", "sessions", newestFirst: true), s =>
        [
            When(Time(s.Values, "createdAt")),
            When(Time(s.Values, "lastSeenAt")),
            Browser(Text(s.Values, "userAgent")),
            Encode(Text(s.Values, "ipAddress") ?? "—"),
            Time(s.Values, "revokedAt") is { } ended ? When(ended) : "Still open or expired",
        ]);
        await ExportHtml.CloseAsync(page);
    }

    public static async Task RequestsAsync(StreamWriter page, ExportTables tables)
    {
        await ExportHtml.OpenAsync(page, "requests", "Your privacy requests", null);
        await ExportHtml.TableAsync(page, "Privacy requests", ["Received", "Request", "Reply due", "Answered"], tables.Rows("privacy", "requests", newestFirst: true), r =>
        [
            Day(Time(r.Values, "receivedAt")),
            Words(Text(r.Values, "type")) + (Text(r.Values, "details") is { Length: > 0 } details ? $"<br><span class=\"muted\">{Encode(details)}</span>" : string.Empty),
            Day(Time(r.Values, "dueAt")),
            Time(r.Values, "completedAt") is { } done ? Day(done) : "Not yet",
        ], "You have not sent any.");
        await ExportHtml.CloseAsync(page);
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
