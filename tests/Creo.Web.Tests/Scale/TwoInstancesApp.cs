using Creo.Infrastructure.Common;
using Creo.Testing;

namespace Creo.Web.Tests.Scale;

/// <summary>
/// Two Crëo processes scaled out as the README describes: one PostgreSQL database, Hangfire on it, one S3 bucket,
/// one mail pickup folder, and the hosted models of a Replicate stand-in. Both run a job server, and both start at
/// once on the empty database, as a first deploy starts them (a killed one is restarted alone). The timings that
/// decide how fast a dead instance's work comes back are short here: its fetched jobs become visible again after
/// 4 s without renewal (production: 5 minutes), and a generation run's claim lapses after 2 s (production: 2 minutes).
/// </summary>
public sealed class TwoInstancesApp : IAsyncLifetime
{
    public const string InvisibilityTimeout = "00:00:04";
    public const string ClaimLease = "00:00:02";

    private readonly TemporaryDirectory directory = new();
    private readonly CreoProcess?[] instances = new CreoProcess?[2];
    private readonly List<string> earlierOutput = [];
    private Dictionary<string, string?> settings = null!;
    private bool disposed;

    public TestDatabase Database { get; private set; } = null!;

    public ReplicateStandIn Replicate { get; private set; } = null!;

    /// <summary>Where both instances write their mail (each as a <c>.eml</c> file under <c>mail/</c>): read it with <see cref="Mailbox"/>.</summary>
    public string MailRoot => Path.Combine(directory.Path, "shared");

    public CreoProcess A => instances[0] ?? throw new InvalidOperationException("Instance A is not running.");

    public CreoProcess B => instances[1] ?? throw new InvalidOperationException("Instance B is not running.");

    public IEnumerable<CreoProcess> Running => instances.OfType<CreoProcess>().Where(i => i.IsRunning);

    public async ValueTask InitializeAsync()
    {
        // Separate processes keep production's strict output policy, which refuses the stand-in's loopback files.
        Replicate = await ReplicateStandIn.StartAsync();
        Replicate.InlineOutputs = true;
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Creo"] = Database.ConnectionString,
            ["Jobs:Storage"] = "Postgres",
            ["Jobs:WorkerCount"] = "2",
            ["Jobs:InvisibilityTimeout"] = InvisibilityTimeout,
            ["Generation:ClaimLease"] = ClaimLease,
            ["Email:PickupDirectory"] = Mailbox.PickupDirectory(MailRoot),
        };
        settings.WithS3Storage().WithDataProtectionCertificate();
        foreach (var (key, value) in Replicate.Settings())
        {
            settings[key] = value;
        }

        try
        {
            // Both at once, as a first deploy starts them: they take turns at migrating the empty database.
            await Task.WhenAll(StartAsync(0), StartAsync(1));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts whichever instance is not running (a test may have killed one).</summary>
    public async Task EnsureBothRunningAsync()
    {
        for (var index = 0; index < instances.Length; index++)
        {
            if (instances[index] is { IsRunning: true })
            {
                continue;
            }

            if (instances[index] is { } dead)
            {
                earlierOutput.AddRange(dead.Output);
                await dead.DisposeAsync();
            }

            await StartAsync(index);
        }
    }

    private async Task StartAsync(int index)
    {
        var name = index == 0 ? "A" : "B";
        var own = new Dictionary<string, string?>(settings) { ["Creo:DataDirectory"] = Path.Combine(directory.Path, name) };
        instances[index] = await CreoProcess.StartAsync(name, own);
    }

    /// <summary>A new person signed in on instance A and onboarded, with their user id.</summary>
    public Task<(SignedInUser User, Guid Id)> NewPersonAsync() =>
        SignedInUser.SignUpAsync(A.Http, MailRoot, $"scale-{Guid.NewGuid():N}@example.com");

    /// <summary>What every instance wrote, killed ones included, for a failed test's report.</summary>
    public string Output() =>
        string.Join('\n', earlierOutput.Concat(instances.OfType<CreoProcess>().SelectMany(i => i.Output)));

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var instance in instances.OfType<CreoProcess>())
        {
            await instance.DisposeAsync();
        }

        await Replicate.DisposeAsync();
        await Database.DisposeAsync();
        directory.Dispose();
    }
}
