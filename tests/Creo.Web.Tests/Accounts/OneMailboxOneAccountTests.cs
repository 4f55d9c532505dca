using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Testing;

namespace Creo.Web.Tests.Accounts;

/// <summary>
/// One mailbox, many accounts: mail libraries deliver <c>x &lt;a@b&gt;</c> and <c>a@b(1)</c> to <c>a@b</c>, and an IDN
/// domain has two spellings. Each spelling accepted as its own address would be one more account with the starter grant
/// and one more per-address link limit for the same inbox.
/// </summary>
public sealed class OneMailboxOneAccountTests(AccountsApp app) : IClassFixture<AccountsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{0}@example.com(1)")]
    [InlineData("x <{0}@example.com>")]
    [InlineData("\"{0}\"@example.com")]
    [InlineData("{0}@example.com.")]
    [InlineData("{0}@example.com, attacker@example.com")]
    public async Task An_address_with_a_display_name_comment_quote_or_list_is_refused_and_mails_nothing(string shape)
    {
        var local = $"victim-{Guid.NewGuid():N}";
        var email = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, local);

        using var response = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
        Assert.Empty(Mailbox.To(app.DataDirectory, $"{local}@example.com"));
    }

    [Fact]
    public async Task Every_spelling_of_one_mailbox_is_one_address_one_limit_and_one_account()
    {
        var local = $"person-{Guid.NewGuid():N}";
        var ascii = $"{local}@xn--bcher-kva.example";
        string[] spellings = [$"{local}@bücher.example", $"  {local.ToUpperInvariant()}@BÜCHER.example ", ascii, $"{local}@Bücher.Example", $"{local}@XN--BCHER-KVA.example"];

        foreach (var spelling in spellings)
        {
            using var start = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email = spelling }, Cancel);
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        // Five links went to one inbox under one name, so the per-address limit (five per 15 minutes) is spent.
        Assert.Equal(spellings.Length, Mailbox.To(app.DataDirectory, ascii).Count);
        using var sixth = await app.Http.PostAsJsonAsync("/api/auth/email/start", new { email = $"{local}@bücher.example" }, Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);

        var user = await SignedInUser.SignInWithLatestLinkAsync(app.Http, app.DataDirectory, ascii);
        var me = await user.GetJsonAsync<JsonElement>("/api/me");
        Assert.Equal(ascii, me.GetProperty("email").GetString());
    }
}
