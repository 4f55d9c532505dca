using System.Net;
using System.Net.Http.Json;

namespace Creo.Web.Tests.Accounts;

/// <summary>
/// Behind a proxy every connection comes from the proxy: without its forwarded headers all clients share one sign-in
/// bucket and the app thinks it speaks plain HTTP. Those headers count only when a configured proxy sends them;
/// from anyone else they are a forgery (a free new rate-limit bucket per request).
/// </summary>
public sealed class ForwardedHeadersTests(TrustedProxyApp trusted, UntrustedProxyApp untrusted)
    : IClassFixture<TrustedProxyApp>, IClassFixture<UntrustedProxyApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Behind_a_trusted_proxy_each_client_address_has_its_own_sign_in_bucket()
    {
        var (first, second) = (RandomClient("203.0.113"), RandomClient("198.51.100"));
        for (var i = 0; i < TrustedProxyApp.StartsPerIp; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, await StartAsync(trusted.Http, first));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await StartAsync(trusted.Http, first));
        Assert.Equal(HttpStatusCode.Accepted, await StartAsync(trusted.Http, second));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_that_speaks_https_the_app_asks_for_https()
    {
        using var page = await GetSignInPageAsync(trusted.Http, proto: "https");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"), "HSTS is sent once the proxy says the client spoke https");
    }

    [Fact]
    public async Task From_anyone_else_forwarded_headers_are_ignored()
    {
        for (var i = 0; i < TrustedProxyApp.StartsPerIp; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, await StartAsync(untrusted.Http, RandomClient("203.0.113")));
        }

        // A new forged address per request buys no new bucket: the sender's own address is counted.
        Assert.Equal(HttpStatusCode.TooManyRequests, await StartAsync(untrusted.Http, RandomClient("198.51.100")));
        using var page = await GetSignInPageAsync(untrusted.Http, proto: "https");
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    private static string RandomClient(string network) => $"{network}.{Random.Shared.Next(1, 255)}";

    private static async Task<HttpStatusCode> StartAsync(HttpClient http, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/email/start")
        {
            Content = JsonContent.Create(new { email = $"person-{Guid.NewGuid():N}@example.com" }),
        };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        using var response = await http.SendAsync(request, Cancel);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> GetSignInPageAsync(HttpClient http, string proto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/signin");
        request.Headers.Host = "creo.example";
        request.Headers.Add("X-Forwarded-Proto", proto);
        return await http.SendAsync(request, Cancel);
    }
}
