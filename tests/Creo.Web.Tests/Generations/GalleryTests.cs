using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Creo.Application.Common.Ports;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Creo.Web.Tests.Generations;

/// <summary>
/// The gallery's thumbnails (small squares the app makes from the stored image, on the file store and on S3) and the
/// credits the generation page and the credits page tell, which must agree.
/// </summary>
public abstract partial class GalleryTests<TApp>(TApp app)
    where TApp : StudioApp
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_owner_gets_a_small_square_thumbnail_a_stranger_404_and_nobody_signed_out_anything()
    {
        var owner = await app.NewPersonAsync();
        var stranger = await app.NewPersonAsync();
        var id = (await StudioApp.SubmitAsync(owner, new { modelId = "local-sketch", prompt = "thumbs", parameters = new { width = 1024, height = 768 } })).GetProperty("id").GetString()!;
        await StudioApp.WaitUntilFinishedAsync(owner, id);

        using var thumbnail = await owner.GetAsync($"/generations/{id}/thumbnail");
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/webp", thumbnail.Content.Headers.ContentType?.MediaType);
        Assert.True(thumbnail.Headers.CacheControl is { Private: true, Public: false }, $"Cache-Control was {thumbnail.Headers.CacheControl}");
        var bytes = await thumbnail.Content.ReadAsByteArrayAsync(Cancel);
        using (var image = SKBitmap.Decode(bytes))
        {
            Assert.Equal((400, 400), (image.Width, image.Height));
        }

        Assert.True(bytes.Length < 64 * 1024, $"A thumbnail of {bytes.Length} bytes is not small.");
        using var again = await owner.GetAsync($"/generations/{id}/thumbnail");
        Assert.Equal(bytes, await again.Content.ReadAsByteArrayAsync(Cancel));

        using var stolen = await stranger.GetAsync($"/generations/{id}/thumbnail");
        using var missing = await stranger.GetAsync($"/generations/{Guid.CreateVersion7()}/thumbnail");
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(TraceFree(await missing.Content.ReadAsStringAsync(Cancel)), TraceFree(await stolen.Content.ReadAsStringAsync(Cancel)));

        using var anonymous = await app.Http.GetAsync($"/generations/{id}/thumbnail", Cancel);
        Assert.True(
            anonymous.StatusCode == HttpStatusCode.Unauthorized || anonymous.Headers.Location?.OriginalString.StartsWith("/signin", StringComparison.Ordinal) == true,
            $"Signed out: {(int)anonymous.StatusCode} {anonymous.Headers.Location}");
        Assert.NotEqual("image/webp", anonymous.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Deleting_a_generation_takes_its_thumbnail_out_of_storage_too()
    {
        var owner = await app.NewPersonAsync();
        var id = (await StudioApp.SubmitAsync(owner, new { modelId = "local-sketch", prompt = "gone", parameters = new { width = 256, height = 256 } })).GetProperty("id").GetString()!;
        await StudioApp.WaitUntilFinishedAsync(owner, id);
        using (var made = await owner.GetAsync($"/generations/{id}/thumbnail"))
        {
            Assert.Equal(HttpStatusCode.OK, made.StatusCode);
            using var small = SKBitmap.Decode(await made.Content.ReadAsByteArrayAsync(Cancel));
            Assert.Equal((256, 256), (small.Width, small.Height));
        }

        using var delete = await owner.SendAsync(HttpMethod.Delete, $"/api/generations/{id}");
        using var after = await owner.GetAsync($"/generations/{id}/thumbnail");

        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        var storage = app.App.Services.GetRequiredService<IObjectStorage>();
        Assert.Empty(await storage.ListAsync($"users/{await owner.IdAsync():N}/generations/{Guid.Parse(id):N}/", Cancel));
    }

    [Fact]
    public async Task The_receipt_and_the_credits_page_name_the_same_charge()
    {
        var user = await app.NewPersonAsync();
        var id = (await StudioApp.SubmitAsync(user, new { modelId = "local-sketch", prompt = "agree", parameters = new { width = 512, height = 512 } })).GetProperty("id").GetString()!;
        await StudioApp.WaitUntilFinishedAsync(user, id);

        var detail = await HtmlAsync(user, $"/generations/{id}");
        var credits = await HtmlAsync(user, "/credits");

        var receiptTotal = Text(Between(detail, "data-testid=\"receipt-total\"", "</tr>"));
        Assert.Contains("Charged", receiptTotal);
        Assert.Contains("−2", receiptTotal);
        // The capture keeps what the hold took: it says so, instead of a "Charged … 0" beside "Charged 2 credits".
        var entries = Text(Between(detail, "data-testid=\"receipt-entries\"", "</tbody>"));
        Assert.Contains("Charged: the held credits were kept", entries);
        Assert.Contains("no change", entries);

        var rows = Regex.Matches(Between(credits, "data-testid=\"ledger\"", "</table>"), "<tr data-item.*?</tr>", RegexOptions.Singleline).Select(r => r.Value).ToList();
        Assert.Equal(2, rows.Count);
        var row = Text(rows[0]);
        Assert.Contains($"/generations/{id}", rows[0]);
        Assert.Contains("Charged", row);
        Assert.Contains("−2", row);
        Assert.Equal((StudioApp.StarterGrant - 2).ToString(System.Globalization.CultureInfo.InvariantCulture), BalanceCell().Match(rows[0]).Groups[1].Value);
        Assert.Contains("+" + StudioApp.StarterGrant, Text(rows[1]));
    }

    private static async Task<string> HtmlAsync(SignedInUser user, string path)
    {
        using var response = await user.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"No {start} on the page.");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..to];
    }

    private static string Text(string html) => Whitespace().Replace(Tags().Replace(html, " "), " ");

    private static string TraceFree(string problem) =>
        string.Join("|", new[] { "type", "title", "status", "detail" }.Select(field => JsonDocument.Parse(problem).RootElement.TryGetProperty(field, out var v) ? v.ToString() : string.Empty));

    [GeneratedRegex(@"data-balance>([^<]+)<")]
    private static partial Regex BalanceCell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

public sealed class EmbeddedGalleryTests(EmbeddedStudioApp app) : GalleryTests<EmbeddedStudioApp>(app), IClassFixture<EmbeddedStudioApp>;

public sealed class PostgresGalleryTests(PostgresStudioApp app) : GalleryTests<PostgresStudioApp>(app), IClassFixture<PostgresStudioApp>;
