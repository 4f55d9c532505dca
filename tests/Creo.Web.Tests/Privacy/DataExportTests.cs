using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Creo.Application.Privacy.PurgeExpiredExports;
using Creo.Testing;
using Creo.Web.Tests.Generations;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Tests.Privacy;

/// <summary>
/// Access and port (policy section 07) over HTTP: a person asks for their data, the job builds it, and the archive
/// downloads only for them, only while it lasts.
/// </summary>
public abstract partial class DataExportTests<TApp>(TApp app)
    where TApp : StudioApp
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IObjectStorage Storage => app.App.Services.GetRequiredService<IObjectStorage>();

    [Fact]
    public async Task A_person_downloads_a_zip_of_their_data_with_their_prompt_and_their_media_and_is_told_by_mail()
    {
        var user = await app.NewPersonAsync();
        const string prompt = "a <script>alert('x')</script> lighthouse & \"dusk\"";
        var generationId = (await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt, parameters = new { width = 256, height = 256 } })).GetProperty("id").GetString()!;
        var generation = await StudioApp.WaitUntilFinishedAsync(user, generationId);
        using var media = await user.GetAsync(generation.GetProperty("outputs")[0].GetProperty("url").GetString()!);
        var png = await media.Content.ReadAsByteArrayAsync(Cancel);

        var id = await RequestExportAsync(user);
        var export = await WaitUntilReadyAsync(user, id);

        Assert.True(export.GetProperty("expiresAt").GetDateTimeOffset() > app.App.Clock.GetUtcNow().AddDays(6.9));
        using var download = await user.GetAsync(export.GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/zip", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=\"creo-export-{app.App.Clock.GetUtcNow():yyyy-MM-dd}.zip\"", download.Content.Headers.ContentDisposition?.ToString());
        Assert.True(download.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control was {download.Headers.CacheControl}");
        using var archive = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync(Cancel)), ZipArchiveMode.Read);

        var generations = JsonDocument.Parse(await ReadAsync(archive, "generations/generations.json")).RootElement;
        var row = Assert.Single(generations.EnumerateArray());
        Assert.Equal((generationId, prompt), (row.GetProperty("id").GetString(), row.GetProperty("prompt").GetString()));
        Assert.Equal(png, await ReadBytesAsync(archive, $"media/generations/{Guid.Parse(generationId):N}/0.png"));
        var index = await ReadAsync(archive, "index.html");
        Assert.DoesNotContain("<script", index, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(prompt, WebUtility.HtmlDecode(index), StringComparison.Ordinal);
        Assert.Contains($"media/generations/{Guid.Parse(generationId):N}/0.png", index, StringComparison.Ordinal);
        AssertReadableIndex(index, prompt, $"media/generations/{Guid.Parse(generationId):N}/0.png", user.Email);
        Assert.Contains("generations/generations.json", await ReadAsync(archive, "README.txt"), StringComparison.Ordinal);

        var mail = await Eventually.UntilAsync(
            () => Task.FromResult(Mailbox.To(app.DataDirectory, user.Email).LastOrDefault(m => m.Subject == "Your Crëo data export is ready")),
            found => found is not null,
            _ => $"No export mail to {user.Email}.");
        Assert.Contains("/privacy/center", mail!.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/privacy/exports", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal([app.App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AppLinks>>().Value.To("/privacy/center")], MailParts.Of(mail).HtmlLinks);

        var listed = Assert.Single((await user.GetJsonAsync<JsonElement>("/api/privacy/exports")).EnumerateArray());
        Assert.Equal((id, "ready"), (listed.GetProperty("id").GetString(), listed.GetProperty("status").GetString()));
        Assert.True(listed.TryGetProperty("requestedAt", out _));
    }

    [Fact]
    public async Task Another_account_gets_404_and_after_seven_days_the_link_stops_serving_and_the_archive_is_purged()
    {
        var owner = await app.NewPersonAsync();
        var stranger = await app.NewPersonAsync();
        var id = await RequestExportAsync(owner);
        var url = (await WaitUntilReadyAsync(owner, id)).GetProperty("url").GetString()!;

        using var read = await stranger.GetAsync($"/api/privacy/exports/{id}");
        using var missing = await stranger.GetAsync($"/api/privacy/exports/{Guid.CreateVersion7()}");
        using var file = await stranger.GetAsync(url);
        Assert.All([read, missing, file], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(await ProblemOfAsync(missing), await ProblemOfAsync(read));
        Assert.Empty((await stranger.GetJsonAsync<JsonElement>("/api/privacy/exports")).EnumerateArray());
        using (var mine = await owner.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        }

        var ownerId = Guid.Parse((await owner.GetJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetString()!);
        var key = $"users/{ownerId:N}/exports/{Guid.Parse(id):N}.zip";
        Assert.True(await Storage.ExistsAsync(key, Cancel));
        app.App.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        using var late = await owner.GetAsync(url);
        var expired = await owner.GetJsonAsync<JsonElement>($"/api/privacy/exports/{id}");
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal("expired", expired.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, expired.GetProperty("url").ValueKind);

        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IJobHandler<PurgeExpiredExportsJob>>().RunAsync(new PurgeExpiredExportsJob(), Cancel);
        }

        Assert.False(await Storage.ExistsAsync(key, Cancel));
        var report = app.Logs.Lines.Select(line => PurgeReport().Match(line)).LastOrDefault(m => m.Success);
        Assert.True(report is not null && int.Parse(report.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1, "The purge reports the archives it removed.");
        Assert.Equal("expired", (await owner.GetJsonAsync<JsonElement>($"/api/privacy/exports/{id}")).GetProperty("status").GetString());
    }

    /// <summary>
    /// The page script follows the export the page marks as pending and reloads the page when it is done. A finished
    /// export once carried an empty marker (Razor writes <c>data-*=""</c> for null), so the script asked for the export
    /// list instead, read no status, and reloaded the page every second, cancelling whatever form the person was sending.
    /// </summary>
    [Fact]
    public async Task The_privacy_center_marks_no_export_for_its_script_to_follow_once_the_export_is_ready()
    {
        var user = await app.NewPersonAsync();
        await WaitUntilReadyAsync(user, await RequestExportAsync(user));

        using var page = await user.GetAsync("/privacy/center");
        var html = await page.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"exports\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-export-id", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The address the "prepare a copy" form leads to, loaded again once the copy is built (a reload without the page
    /// script): the notice follows the copy, not the address, and no longer says it is being prepared.
    /// </summary>
    [Fact]
    public async Task The_preparing_notice_goes_once_the_copy_is_ready()
    {
        var user = await app.NewPersonAsync();
        using (var asked = await user.SendContentAsync(
            HttpMethod.Post, "/privacy/center?handler=Export", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = user.CsrfToken! })))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            Assert.Equal("/privacy/center?done=export-requested#export", asked.Headers.Location?.ToString());
        }

        var id = Assert.Single((await user.GetJsonAsync<JsonElement>("/api/privacy/exports")).EnumerateArray()).GetProperty("id").GetString()!;
        await WaitUntilReadyAsync(user, id);
        using var page = await user.GetAsync("/privacy/center?done=export-requested");
        var html = await page.Content.ReadAsStringAsync(Cancel);

        Assert.DoesNotContain("We are preparing your copy", html, StringComparison.Ordinal);
        Assert.Contains("Your copy is ready: download it below.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_an_export_needs_a_signed_in_session()
    {
        using var anonymous = await app.Http.PostAsync("/api/privacy/exports", null, Cancel);
        using var list = await app.Http.GetAsync("/api/privacy/exports", Cancel);

        Assert.NotEqual(HttpStatusCode.Accepted, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
    }

    /// <summary>
    /// The index is a document before it is a dump: who the person is, their picture captioned by its prompt (from the
    /// archive's own file, by a relative link), their credits, payments, choices and sessions, then the raw tables.
    /// It loads nothing from anywhere else and runs nothing.
    /// </summary>
    private static void AssertReadableIndex(string index, string prompt, string picture, string email)
    {
        string[] sections = ["Who you are", "Your generations", "Your credits", "Your payments", "Your choices", "Where you signed in", "All the data, table by table"];
        var headings = IndexHeading().Matches(index).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(sections, headings.Where(h => sections.Contains(h)));
        Assert.True(headings.IndexOf("Your generations") < headings.IndexOf("All the data, table by table"), "The summary comes before the raw tables.");
        Assert.Contains(email, WebUtility.HtmlDecode(index), StringComparison.Ordinal);
        var figure = Assert.Single(Figure().Matches(index)).Value;
        Assert.Contains($"<img src=\"{picture}\"", figure, StringComparison.Ordinal);
        Assert.Contains(prompt, WebUtility.HtmlDecode(Caption().Match(figure).Groups[1].Value), StringComparison.Ordinal);
        Assert.Matches("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", index);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", index);
        Assert.DoesNotContain("<link", index, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"<h2 id=""[^""]+"">([^<]+)</h2>")]
    private static partial Regex IndexHeading();

    [GeneratedRegex(@"<figure>.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex(@"<p class=""prompt"">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Caption();

    private static async Task<string> RequestExportAsync(SignedInUser user)
    {
        using var response = await user.SendAsync(HttpMethod.Post, "/api/privacy/exports");
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {body}");
        Assert.EndsWith($"/api/privacy/exports/{JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> WaitUntilReadyAsync(SignedInUser user, string id)
    {
        var export = await Eventually.UntilAsync(
            () => user.GetJsonAsync<JsonElement>($"/api/privacy/exports/{id}"),
            export => export.GetProperty("status").GetString() is not ("queued" or "building"),
            export => $"Export {id} was not built in 30 s; it is {export.GetProperty("status").GetString()}.");
        Assert.Equal("ready", export.GetProperty("status").GetString());
        return export;
    }

    private static async Task<string> ReadAsync(ZipArchive archive, string path)
    {
        using var reader = new StreamReader(await OpenAsync(archive, path));
        return await reader.ReadToEndAsync(Cancel);
    }

    private static async Task<byte[]> ReadBytesAsync(ZipArchive archive, string path)
    {
        await using var stream = await OpenAsync(archive, path);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Cancel);
        return copy.ToArray();
    }

    private static Task<Stream> OpenAsync(ZipArchive archive, string path) =>
        (archive.GetEntry(path) ?? throw new InvalidOperationException($"The archive has no {path}: {string.Join(", ", archive.Entries.Select(e => e.FullName))}")).OpenAsync(Cancel);

    private static async Task<string> ProblemOfAsync(HttpResponseMessage response)
    {
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        return string.Join("|", new[] { "type", "title", "status", "detail" }.Select(field => problem.GetProperty(field).ToString()));
    }

    [GeneratedRegex(@"Export retention removed (\d+) expired export archives")]
    private static partial Regex PurgeReport();
}

public sealed class EmbeddedDataExportTests(EmbeddedStudioApp app) : DataExportTests<EmbeddedStudioApp>(app), IClassFixture<EmbeddedStudioApp>;

public sealed class PostgresDataExportTests(PostgresStudioApp app) : DataExportTests<PostgresStudioApp>(app), IClassFixture<PostgresStudioApp>;
