using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Creo.Web.Tests.Fuzz;

/// <summary>What fuzzing found, each kept as a plain test of its own: each answered 500 before it was fixed.</summary>
public sealed class FuzzFindingsTests(FuzzApp app) : IClassFixture<FuzzApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("--b\r\n--b--\r\n", "multipart/form-data; boundary=b")]
    [InlineData("garbage", "multipart/form-data; boundary=b")]
    [InlineData("--b\r\n\r\n", "multipart/form-data")]
    public async Task A_malformed_multipart_upload_is_a_400_problem(string body, string contentType)
    {
        var person = await app.NewPersonAsync();
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await person.SendContentAsync(HttpMethod.Post, "/api/uploads", content);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_null_breach_category_is_a_400_problem_naming_the_field()
    {
        var admin = await app.NewPersonAsync(FuzzApp.AdminEmails[^1]);

        using var response = await admin.SendContentAsync(
            HttpMethod.Post, "/api/admin/breach-notices", Json("""{"message":"Test","categories":[null],"to":"2026-01-01T00:00:00Z"}"""));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith("categories", StringComparison.OrdinalIgnoreCase)), problem.ToString());
    }

    [Fact]
    public async Task A_NUL_in_text_is_a_400_problem_naming_the_field_and_nothing_changes()
    {
        const string body = """{"name":"Ada\u0000Lovelace"}""";
        var person = await app.NewPersonAsync();
        var before = (await person.GetJsonAsync<JsonElement>("/api/me")).GetProperty("name").ToString();

        using var response = await person.SendContentAsync(HttpMethod.Patch, "/api/me", Json(body));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _), problem.ToString());
        Assert.Equal(before, (await person.GetJsonAsync<JsonElement>("/api/me")).GetProperty("name").ToString());
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
