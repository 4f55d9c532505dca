namespace Creo.Benchmarks;

/// <summary>
/// How big the fixtures and how long the runs are. <see cref="Full"/> is what docs/performance.md reports;
/// <see cref="Quick"/> runs every scenario in seconds to prove the benchmark code itself works.
/// </summary>
public sealed record Scale(string Name, int SmallRows, int LargeRows, int SubmitOperations, int SubmitRounds, int ReadRequests, int PipelineGenerations, int PurgeRows, int ExportGenerations, int FanOutAccounts)
{
    // Fan-out at the 100k accounts issue 17 asks for: mails go in batches of 100 over one SMTP connection with one
    // commit each (FanOutBatch), where one transaction and one connection per mail managed about 20 a second.
    public static readonly Scale Full = new("full", 10_000, 1_000_000, 1_000, 5, 2_000, 200, 1_000_000, 10_000, 100_000);

    public static readonly Scale Quick = new("quick", 1_000, 20_000, 100, 2, 100, 10, 20_000, 200, 1_000);

    /// <summary>Paid invoices (one subscriber each) delivered to the Stripe webhook per sender count.</summary>
    public int WebhookInvoices => Name == "quick" ? 40 : 1_000;

    /// <summary>Requests per read, side and worker count in the session-lookup comparison.</summary>
    public int SessionRequests => Name == "quick" ? 100 : 1_000;
}
