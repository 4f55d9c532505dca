using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Testing;

namespace Creo.Web.Tests.Scale;

/// <summary>
/// Two real Crëo processes on one PostgreSQL with Hangfire on it, as production scales out: sessions and their
/// revocation hold on every instance, a job runs once on whichever instance fetches it, a long run stays with its
/// live instance, and killing the instance in the middle of a generation loses nothing and charges nothing twice.
/// A failed test prints both processes' output.
/// </summary>
public sealed class TwoInstanceTests(TwoInstancesApp app) : IClassFixture<TwoInstancesApp>, IAsyncLifetime
{
    /// <summary>Every new account's credits (the default <c>Credits__StarterGrant</c>).</summary>
    private const int StarterGrant = 50;

    /// <summary>A 256×256 local sketch: a base of 1 and 1 per started megapixel.</summary>
    private const int LocalCost = 2;

    /// <summary>A 256×256 image of the stand-in's FLUX model: a base of 2 and 3 per started megapixel.</summary>
    private const int ReplicateCost = 5;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await app.EnsureBothRunningAsync();

    public ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(app.Output());
        }

        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_session_made_on_one_instance_works_on_the_other_cookie_and_csrf_token_included()
    {
        var (onA, id) = await app.NewPersonAsync();
        var onB = onA.Via(app.B.Http);

        var me = await onB.GetJsonAsync<JsonElement>("/api/me");
        using var renamed = await onB.SendAsync(HttpMethod.Patch, "/api/me", new { name = "Renamed on B" });

        Assert.Equal((id, onA.Email), (me.GetProperty("id").GetGuid(), me.GetProperty("email").GetString()));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Renamed on B", (await onA.GetJsonAsync<JsonElement>("/api/me")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Ending_a_session_or_signing_out_on_one_instance_is_refused_at_once_by_the_other()
    {
        var (phone, _) = await app.NewPersonAsync();
        var laptop = await SignedInUser.SignInAsync(app.A.Http, app.MailRoot, phone.Email, userAgent: "Laptop/1.0");
        var laptopOnB = laptop.Via(app.B.Http);
        var phoneSession = (await phone.GetJsonAsync<JsonElement>("/api/me/sessions")).EnumerateArray()
            .Single(s => s.GetProperty("current").GetBoolean()).GetProperty("id").GetString();

        // The laptop, served by B, ends the phone's session; the phone's next request, served by A, is refused.
        using (var ended = await laptopOnB.SendAsync(HttpMethod.Delete, $"/api/me/sessions/{phoneSession}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        }

        using (var phoneAfter = await phone.GetAsync("/api/me"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, phoneAfter.StatusCode);
        }

        // The laptop signs out on A; B refuses its cookie at once, on the API and on a page.
        using (var signOut = await laptop.SendAsync(HttpMethod.Post, "/api/auth/signout"))
        {
            Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        }

        using var api = await laptopOnB.GetAsync("/api/me");
        using var page = await laptopOnB.GetAsync("/studio");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Generations_submitted_on_either_instance_each_run_once_and_are_charged_once()
    {
        var (onA, id) = await app.NewPersonAsync();
        var onB = onA.Via(app.B.Http);
        var people = new[] { onA, onB, onA, onB, onA, onB };

        var ids = new List<Guid>();
        foreach (var (person, n) in people.Select((p, n) => (p, n)))
        {
            ids.Add(await SubmitAsync(person, "local-sketch", $"harbour at dawn {n}"));
        }

        foreach (var generation in ids)
        {
            Assert.Equal("succeeded", await WaitUntilFinishedAsync(onB, generation));
        }

        // Hangfire's own record: one job per generation, processed once, by a server of one of the two processes. Hangfire
        // moves a job to Succeeded after its method returned, which is after the generation finished: wait for that state.
        foreach (var generation in ids)
        {
            var runs = await Eventually.UntilAsync(
                () => HangfireRuns.OfGenerationAsync(app.Database.ConnectionString, generation, Cancel),
                found => found.Any(run => run.Count("Succeeded") > 0),
                _ => $"Hangfire recorded no succeeded run of generation {generation} in 30 s.");
            var run = Assert.Single(runs);
            Assert.Equal((1, 1), (run.Count("Processing"), run.Count("Succeeded")));
            Assert.Contains(new[] { app.A, app.B }, instance => run.ProcessingServers.Single().Contains(ServerOf(instance), StringComparison.Ordinal));
        }

        await using var db = app.Database.CreateContext();
        var ledger = await LedgerFacts.ReadAsync(db, id, Cancel);
        Assert.Equal(new LedgerFacts(ids.Count, ids.Count, 0, ids.Count * LocalCost, StarterGrant - (ids.Count * LocalCost)), ledger);
    }

    [Fact]
    public async Task A_run_outlasting_the_invisibility_timeout_stays_with_its_instance_and_killing_that_instance_loses_nothing_and_charges_once()
    {
        var (onA, id) = await app.NewPersonAsync();
        var createsBefore = app.Replicate.ReceivedBodies.Count;
        var predictionsBefore = app.Replicate.PredictionIds.Count;
        app.Replicate.NextOutcome = ReplicateOutcome.Hang;

        var generation = await SubmitAsync(onA, ReplicateStandIn.ImageModelId, "a lighthouse in a storm");

        // The run is in the middle: claimed, credits held, the model's create call open and unanswered (only this one;
        // any later call is answered at once).
        await Eventually.UntilAsync(
            () => Task.FromResult(app.Replicate.ReceivedBodies.Count),
            count => count > createsBefore,
            _ => "The run never called the model.");
        app.Replicate.NextOutcome = ReplicateOutcome.Succeed;
        var runner = await InstanceRunningAsync(generation);
        var survivor = runner == app.A ? app.B : app.A;

        // The live instance keeps renewing its hold. The state that proves it: the job's fetch time (the database's own
        // clock) has moved on by more than the invisibility timeout, so without the renewals the job would have been
        // visible to the other server for a while, and still no other server took it.
        var timeout = TimeSpan.Parse(TwoInstancesApp.InvisibilityTimeout, CultureInfo.InvariantCulture);
        var jobId = (await HangfireRuns.OfGenerationAsync(app.Database.ConnectionString, generation, Cancel))[0].JobId;
        var firstFetch = await HangfireRuns.FetchedAtAsync(app.Database.ConnectionString, jobId, Cancel)
            ?? throw new InvalidOperationException("The running job is not fetched by any worker.");
        await Eventually.UntilAsync(
            () => HangfireRuns.FetchedAtAsync(app.Database.ConnectionString, jobId, Cancel),
            fetched => fetched >= firstFetch + (timeout * 1.5),
            fetched => $"The hold was not renewed past {timeout * 1.5} (fetched at {fetched:O}, first {firstFetch:O}).");
        var held = (await HangfireRuns.OfGenerationAsync(app.Database.ConnectionString, generation, Cancel))[0];
        Assert.Equal((1, 0), (held.Count("Processing"), held.Count("Succeeded")));

        await runner.KillAsync();
        var status = await WaitUntilFinishedAsync(onA.Via(survivor.Http), generation);

        Assert.Equal("succeeded", status);

        // The job the dead instance had fetched comes back to the survivor once its invisibility timeout passes. (It is
        // the first job of the generation: the reconciliation job may have added another meanwhile and done the run
        // itself, in which case the generation finished first and the returning job stands back: waited for, not assumed.)
        var run = await Eventually.UntilAsync(
            async () => (await HangfireRuns.OfGenerationAsync(app.Database.ConnectionString, generation, Cancel))[0],
            first => first.ProcessingServers.Count() >= 2 && first.Count("Succeeded") == 1,
            first => $"The dead instance's job never came back and finished (processed by {string.Join(", ", first.ProcessingServers)}).");
        var servers = run.ProcessingServers.ToList();
        Assert.Equal(2, servers.Count);
        Assert.Contains(ServerOf(runner), servers[0], StringComparison.Ordinal);
        Assert.Contains(ServerOf(survivor), servers[1], StringComparison.Ordinal);
        Assert.Equal(1, run.Count("Succeeded"));

        // However the runs fell, after all of them: one prediction at the model, one charge.
        await using var db = app.Database.CreateContext();
        Assert.Equal(new LedgerFacts(1, 1, 0, ReplicateCost, StarterGrant - ReplicateCost), await LedgerFacts.ReadAsync(db, id, Cancel));
        Assert.Equal(predictionsBefore + 1, app.Replicate.PredictionIds.Count);
    }

    private static async Task<Guid> SubmitAsync(SignedInUser person, string modelId, string prompt)
    {
        using var response = await person.SendContentAsync(
            HttpMethod.Post, "/api/generations", JsonContent.Create(new { modelId, prompt, parameters = new { width = 256, height = 256 } }));
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<string> WaitUntilFinishedAsync(SignedInUser person, Guid generation)
    {
        var finished = await Eventually.UntilAsync(
            () => person.GetJsonAsync<JsonElement>($"/api/generations/{generation}"),
            g => g.GetProperty("status").GetString() is not ("queued" or "running"),
            g => $"Generation {generation} is still {g.GetProperty("status").GetString()}.");
        return finished.GetProperty("status").GetString()!;
    }

    /// <summary>The instance whose Hangfire server is processing the generation's run, from Hangfire's state rows.</summary>
    private async Task<CreoProcess> InstanceRunningAsync(Guid generation)
    {
        var run = Assert.Single(await HangfireRuns.OfGenerationAsync(app.Database.ConnectionString, generation, Cancel));
        var server = run.ProcessingServers.Last();
        return app.Running.Single(instance => server.Contains(ServerOf(instance), StringComparison.Ordinal));
    }

    /// <summary>Hangfire names its server <c>host:pid:guid</c>.</summary>
    private static string ServerOf(CreoProcess instance) => $":{instance.ProcessId}:";
}
