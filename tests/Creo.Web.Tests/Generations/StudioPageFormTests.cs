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

    [Fact]
    public async Task Use_this_prompt_again_fills_the_form_from_ones_own_generation_and_from_no_one_elses()
    {
        var owner = await app.NewPersonAsync();
        var stranger = await app.NewPersonAsync();
        const string prompt = "Terraces of green tea in the morning mist";
        var id = (await StudioApp.SubmitAsync(owner, new { modelId = "local-sketch", prompt, parameters = new { width = 1024, height = 512 } })).GetProperty("id").GetString();

        using var own = await owner.GetAsync($"/studio?from={id}");
        using var others = await stranger.GetAsync($"/studio?from={id}");

        var ownPage = await own.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains($">{prompt}</textarea>", ownPage);
        Assert.Equal("1024", Attribute(Regex.Match(ownPage, "<input[^>]*id=\"width\"[^>]*>").Value, "value"));
        Assert.Equal("512", Attribute(Regex.Match(ownPage, "<input[^>]*id=\"height\"[^>]*>").Value, "value"));

        // Another person's id is a studio like any other: nothing of the generation, not even that it exists.
        var othersPage = await others.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, others.StatusCode);
        Assert.DoesNotContain("green tea", othersPage, StringComparison.OrdinalIgnoreCase);
        // The address itself is echoed (the sign-out form's return address); nothing else names the generation.
        Assert.DoesNotContain(id!, othersPage.Replace($"from={id}", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("></textarea>", othersPage);
        Assert.Equal("768", Attribute(Regex.Match(othersPage, "<input[^>]*id=\"width\"[^>]*>").Value, "value"));
        Assert.Equal("768", Attribute(Regex.Match(othersPage, "<input[^>]*id=\"height\"[^>]*>").Value, "value"));
    }

    [Fact]
    public async Task A_refused_field_is_explained_once_next_to_it_and_the_summary_names_it()
    {
        var user = await app.NewPersonAsync();

        using var refused = await user.SendContentAsync(HttpMethod.Post, "/studio", Form(Guid.NewGuid().ToString("N"), prompt: string.Empty));

        var page = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var message = Regex.Match(page, "<p class=\"field-error\" id=\"prompt-error\"[^>]*>.*?<span data-message>([^<]+)</span>").Groups[1].Value;
        Assert.NotEmpty(message);
        Assert.Single(Regex.Matches(page, Regex.Escape(System.Net.WebUtility.HtmlEncode(message))));
        Assert.Matches("<a class=\"error-field-link\" href=\"#prompt\">Prompt</a>", page);
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
