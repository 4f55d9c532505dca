using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Creo.Domain.Generations;
using Creo.Testing;

namespace Creo.Web.Tests.Generations;

/// <summary>The studio page's plain form (no scripts), where a double click sends the same form twice.</summary>
public abstract class StudioPageFormTests<TApp>(TApp app)
    where TApp : StudioApp
{
    [Fact]
    public async Task The_form_sent_several_times_at_once_with_one_key_makes_one_generation_and_every_answer_leads_to_it()
    {
        var user = await app.NewPersonAsync();
        var key = Guid.NewGuid().ToString("N");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => user.SendContentAsync(HttpMethod.Post, "/studio", Form(key))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        var landing = Assert.Single(responses.Select(response => response.Headers.Location!.OriginalString).Distinct());
        var generations = (await user.GetJsonAsync<JsonElement>("/api/generations")).GetProperty("items");
        Assert.Equal(1, generations.GetArrayLength());
        Assert.Equal($"/studio?generation={generations[0].GetProperty("id").GetString()}#result", landing);
        Assert.Equal(StudioApp.StarterGrant - 2, (await user.GetJsonAsync<JsonElement>("/api/me")).GetProperty("creditBalance").GetInt64());
    }

    [Fact]
    public async Task A_form_sent_again_with_changed_settings_asks_to_press_generate_again_with_a_new_key()
    {
        var user = await app.NewPersonAsync();
        var key = Guid.NewGuid().ToString("N");
        using var first = await user.SendContentAsync(HttpMethod.Post, "/studio", Form(key));

        using var changed = await user.SendContentAsync(HttpMethod.Post, "/studio", Form(key, prompt: "Something else"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        var page = await changed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("press Generate to make a new one", page);
        Assert.DoesNotContain($"value=\"{key}\"", page);
    }

    [Fact]
    public async Task The_page_hands_its_script_the_servers_own_limits()
    {
        var user = await app.NewPersonAsync();

        using var response = await user.GetAsync("/studio");

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var form = Regex.Match(page, "<form[^>]*data-studio[^>]*>").Value;
        var prompt = Regex.Match(page, "<textarea[^>]*id=\"prompt\"[^>]*>").Value;
        Assert.Equal(Generation.MaxPromptLength.ToString(CultureInfo.InvariantCulture), Attribute(form, "data-prompt-limit"));
        Assert.Equal(Upload.MaxBytes.ToString(CultureInfo.InvariantCulture), Attribute(form, "data-max-upload-bytes"));
        Assert.Equal(Generation.MaxPromptLength.ToString(CultureInfo.InvariantCulture), Attribute(prompt, "maxlength"));
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } found ? found.Groups[1].Value : null;

    private static MultipartFormDataContent Form(string key, string prompt = "Sent twice") => new()
    {
        { new StringContent("local-sketch"), "ModelId" },
        { new StringContent(prompt), "Prompt" },
        { new StringContent("512"), "Width" },
        { new StringContent("512"), "Height" },
        { new StringContent(key), "IdempotencyKey" },
    };
}

public sealed class EmbeddedStudioPageFormTests(EmbeddedStudioApp app) : StudioPageFormTests<EmbeddedStudioApp>(app), IClassFixture<EmbeddedStudioApp>;

public sealed class PostgresStudioPageFormTests(PostgresStudioApp app) : StudioPageFormTests<PostgresStudioApp>(app), IClassFixture<PostgresStudioApp>;
