using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Creo.Testing;

namespace Creo.Web.Tests.Fuzz;

/// <summary>
/// Every operation of the app's own OpenAPI document, attacked with generated hostile input (<see cref="FuzzCases"/>),
/// anonymously, as a signed-in person and as an admin (the staff routes validate only for staff), over real HTTP. No answer may be a 5xx or take longer than a request may; every
/// 4xx is a problem document with its status, and a status the document does not declare for the operation is a
/// failure too; a refused request writes nothing. Set <c>CREO_FUZZ_SEED</c> to replay a run and <c>CREO_FUZZ_CASES</c>
/// to try more cases per operation.
/// </summary>
public sealed class OpenApiFuzzTests(FuzzApp app) : IClassFixture<FuzzApp>
{
    private static readonly TimeSpan RequestLimit = TimeSpan.FromSeconds(20);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_operation_answers_hostile_input_with_a_declared_problem_and_no_request_it_refuses_writes_anything()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CREO_FUZZ_SEED"), out var chosen) ? chosen : Environment.TickCount;
        var casesPerOperation = int.TryParse(Environment.GetEnvironmentVariable("CREO_FUZZ_CASES"), out var count) ? count : 150;
        var document = JsonNode.Parse(await app.Http.GetStringAsync("/openapi/v1.json", Cancel))!.AsObject();
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = ApiOperation.ReadAll(document);
        Assert.True(operations.Count > 40, $"The document lists only {operations.Count} operations.");

        var failures = new List<string>();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Http.BaseAddress, Timeout = RequestLimit };
        foreach (var (operation, index) in operations.Select((operation, index) => (operation, index)))
        {
            var random = new Random(HashCode.Combine(seed, operation.Name.GetHashCode(StringComparison.Ordinal)));
            var cases = new FuzzCases(operation, schemas, random).Generate(casesPerOperation).ToList();

            // A person (and an admin) of their own per operation: some operations end the session (sign-out, a deletion request).
            var person = await app.NewPersonAsync();
            var admin = await app.NewPersonAsync(FuzzApp.AdminEmails[index]);
            var before = await app.RowCountsAfterBackgroundWorkAsync();
            foreach (var fuzz in cases)
            {
                await TryAsync(operation, fuzz, "anonymous", request => http.SendAsync(request, Cancel), failures);
                await TryAsync(operation, fuzz, "signed in", request => person.SendContentAsync(new HttpMethod(operation.Method), request.RequestUri!.ToString(), request.Content), failures);
                await TryAsync(operation, fuzz, "admin", request => admin.SendContentAsync(new HttpMethod(operation.Method), request.RequestUri!.ToString(), request.Content), failures);
            }

            // A read writes nothing whatever it answers (each unsafe request is checked on its own, in TryAsync).
            if (operation.IsSafe)
            {
                failures.AddRange(Written(before, await app.RowCountsAsync()).Select(change => $"{operation.Name}: a read wrote {change}"));
            }
        }

        // The worst first: crashes and hangs, then writes, then answers that are no problem document, then undeclared statuses.
        var report = failures.Distinct().OrderBy(Severity).Take(300);
        Assert.True(failures.Count == 0, $"Seed {seed}: {failures.Count} failures\n{string.Join("\n", report)}");
    }

    private async Task TryAsync(ApiOperation operation, FuzzCase fuzz, string who, Func<HttpRequestMessage, Task<HttpResponseMessage>> send, List<string> failures)
    {
        var before = operation.IsSafe ? null : await app.RowCountsAfterBackgroundWorkAsync();
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), fuzz.PathAndQuery) { Content = fuzz.Content() };
        var label = $"{operation.Name} [{who}] {fuzz.Description}";
        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        try
        {
            response = await send(request);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            failures.Add($"{label}: no answer after {watch.Elapsed.TotalSeconds:0.0} s ({exception.GetType().Name}: {exception.Message})");
            return;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(Cancel);
            if (status >= 500)
            {
                failures.Add($"{label}: {status} {Shorten(body)}");
                return;
            }

            if (!operation.DeclaredStatuses.Contains(status))
            {
                failures.Add($"{label}: {status}, which the document does not declare ({string.Join(", ", operation.DeclaredStatuses.Order())})");
            }

            if (status < 400)
            {
                return;
            }

            if (!IsProblem(response, body, status))
            {
                failures.Add($"{label}: {status} without a problem document ({response.Content.Headers.ContentType}) {Shorten(body)}");
            }

            if (before is null)
            {
                return;
            }

            var written = Written(before, await app.RowCountsAsync());
            if (written.Count > 0)
            {
                failures.Add($"{label}: refused with {status} but wrote {string.Join(", ", written)}");
            }
        }
    }

    private static List<string> Written(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        [.. after.Where(t => t.Value != before.GetValueOrDefault(t.Key)).Select(t => $"{t.Key} {before.GetValueOrDefault(t.Key)}→{t.Value}")];

    private static int Severity(string failure) =>
        failure.Contains(": 5", StringComparison.Ordinal) || failure.Contains("no answer", StringComparison.Ordinal) ? 0
        : failure.Contains(" wrote ", StringComparison.Ordinal) ? 1
        : failure.Contains("without a problem", StringComparison.Ordinal) ? 2
        : 3;

    private static bool IsProblem(HttpResponseMessage response, string body, int status)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            return problem.TryGetProperty("status", out var value) && value.GetInt32() == status && problem.TryGetProperty("title", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
