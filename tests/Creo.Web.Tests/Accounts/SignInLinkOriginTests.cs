using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Creo.Infrastructure.Common;
using Creo.Testing;

namespace Creo.Web.Tests.Accounts;

/// <summary>
/// Link poisoning: whoever asks for a victim's sign-in link with a forged Host header must not get the victim mailed a
/// link to the forger's host (the token would travel there when the victim clicks).
/// </summary>
public sealed class SignInLinkOriginTests(DevelopmentApp development, ProductionApp production)
    : IClassFixture<DevelopmentApp>, IClassFixture<ProductionApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string NewEmail() => $"victim-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task In_development_a_forged_host_gets_no_link_mailed()
    {
        var victim = NewEmail();

        using var response = await StartAsync(development.Http, victim, host: "evil.example");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.EndsWith("/host-not-allowed", problem.GetProperty("type").GetString());
        Assert.Contains("Creo__PublicBaseUrl", problem.GetProperty("detail").GetString());
        Assert.Empty(Mailbox.To(development.DataDirectory, victim));
    }

    [Fact]
    public async Task In_development_a_loopback_host_is_what_the_link_names()
    {
        var email = NewEmail();
        var port = development.App.BaseAddress.Port;

        using var response = await StartAsync(development.Http, email, host: $"localhost:{port}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.StartsWith($"http://localhost:{port}/api/auth/email/verify?token=", Mailbox.LatestSignInLink(development.DataDirectory, email));
    }

    [Fact]
    public async Task In_production_a_forged_host_is_refused_and_links_name_the_public_origin()
    {
        var victim = NewEmail();

        using var forged = await StartAsync(production.Http, victim, host: "evil.example");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(Mailbox.To(production.DataDirectory, victim));

        using var honest = await StartAsync(production.Http, victim, host: null);
        Assert.Equal(HttpStatusCode.Accepted, honest.StatusCode);
        Assert.StartsWith($"http://127.0.0.1:{production.App.BaseAddress.Port}/api/auth/email/verify?token=", Mailbox.LatestSignInLink(production.DataDirectory, victim));
    }

    // Outside Development the app refuses to start without its public origin: BadSettingsTests proves it on the real
    // process, where Program.cs turns the refusal into one line and exit code 78.

    private static async Task<HttpResponseMessage> StartAsync(HttpClient http, string email, string? host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/email/start") { Content = JsonContent.Create(new { email }) };
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await http.SendAsync(request, Cancel);
    }
}
