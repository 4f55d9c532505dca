using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Domain.Generations;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Creo.Web.Tests.Scale;

/// <summary>
/// Correctness under load: a thousand submissions at once by one person whose balance pays for a hundred. The
/// database decides each race (the balance trigger and its non-negative check), so exactly a hundred get through,
/// whatever the handlers read before them. The job server runs, so the hundred also finish and their holds are
/// captured while the refused requests still arrive.
/// </summary>
public abstract class ConcurrentSubmissionTests<TApp>(TApp app)
    where TApp : SubmissionLoadApp
{
    private const int Submissions = 1000;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_thousand_concurrent_submissions_against_a_balance_for_a_hundred_accept_a_hundred_refuse_the_rest_and_leave_zero()
    {
        var (person, userId) = await app.NewPersonAsync();
        var quote = await person.GetJsonAsync<JsonElement>("/api/models/local-sketch/quote?width=256&height=256");
        Assert.Equal(SubmissionLoadApp.Cost, quote.GetProperty("creditCost").GetInt64());
        Assert.Equal(SubmissionLoadApp.Affordable * SubmissionLoadApp.Cost, (await person.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());

        // Every request is started before any is awaited; the client's pool keeps 32 of them inside the app at a time.
        var answers = await Task.WhenAll(Enumerable.Range(0, Submissions).Select(n => SubmitAsync(person, n)));

        var unexpected = answers.Where(a => a.Status is not (HttpStatusCode.Accepted or HttpStatusCode.PaymentRequired)).Take(3).ToList();
        Assert.True(unexpected.Count == 0, "Unexpected answers: " + string.Join(" | ", unexpected.Select(a => $"{(int)a.Status} {a.Body}")));
        var accepted = answers.Where(a => a.Status == HttpStatusCode.Accepted).ToList();
        var refused = answers.Where(a => a.Status == HttpStatusCode.PaymentRequired).ToList();
        Assert.Equal((SubmissionLoadApp.Affordable, Submissions - SubmissionLoadApp.Affordable), (accepted.Count, refused.Count));
        Assert.All(refused, a =>
        {
            Assert.Equal("application/problem+json", a.ContentType);
            Assert.EndsWith("insufficient-credits", JsonDocument.Parse(a.Body).RootElement.GetProperty("type").GetString());
        });
        var acceptedIds = accepted.Select(a => JsonDocument.Parse(a.Body).RootElement.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Equal(SubmissionLoadApp.Affordable, acceptedIds.Count);

        // The accepted run through the job server; each capture settles its hold without moving the balance.
        await Eventually.UntilAsync(
            () => CountAsync(userId, GenerationStatus.Succeeded),
            succeeded => succeeded == SubmissionLoadApp.Affordable,
            succeeded => $"{succeeded} of {SubmissionLoadApp.Affordable} generations succeeded.");

        await using var db = app.Database.CreateContext();
        var stored = await db.Generations.AsNoTracking().Where(g => g.UserId == userId).Select(g => g.Id).ToListAsync(Cancel);
        Assert.Equal(acceptedIds.Order(), stored.Order());
        var ledger = await LedgerFacts.ReadAsync(db, userId, Cancel);
        Assert.Equal(new LedgerFacts(SubmissionLoadApp.Affordable, SubmissionLoadApp.Affordable, 0, SubmissionLoadApp.Affordable * SubmissionLoadApp.Cost, 0), ledger);
        Assert.Equal(0, (await person.GetJsonAsync<JsonElement>("/api/credits")).GetProperty("balance").GetInt64());
    }

    private static async Task<Answer> SubmitAsync(SignedInUser person, int n)
    {
        var body = new { modelId = "local-sketch", prompt = $"a lighthouse, take {n}", parameters = new { width = 256, height = 256 } };
        using var response = await person.SendContentAsync(HttpMethod.Post, "/api/generations", JsonContent.Create(body));
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(Cancel));
    }

    private async Task<int> CountAsync(Guid userId, GenerationStatus status)
    {
        await using var db = app.Database.CreateContext();
        return await db.Generations.CountAsync(g => g.UserId == userId && g.Status == status, Cancel);
    }

    private sealed record Answer(HttpStatusCode Status, string? ContentType, string Body);
}

public sealed class PostgresConcurrentSubmissionTests(PostgresSubmissionLoadApp app)
    : ConcurrentSubmissionTests<PostgresSubmissionLoadApp>(app), IClassFixture<PostgresSubmissionLoadApp>;

public sealed class EmbeddedConcurrentSubmissionTests(EmbeddedSubmissionLoadApp app)
    : ConcurrentSubmissionTests<EmbeddedSubmissionLoadApp>(app), IClassFixture<EmbeddedSubmissionLoadApp>;
