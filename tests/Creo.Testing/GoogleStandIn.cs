using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Creo.Testing;

/// <summary>
/// A local server speaking Google's OAuth 2.0 protocol as the ASP.NET Google handler uses it: the
/// authorization endpoint (consent or refusal), the code-for-token exchange, and the userinfo endpoint.
/// The handler runs unchanged against it.
/// </summary>
public sealed class GoogleStandIn : IAsyncDisposable
{
    public const string ClientId = "creo-test-client.apps.googleusercontent.com";
    public const string ClientSecret = "creo-test-secret";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, GoogleProfile> codes = new();
    private readonly ConcurrentDictionary<string, GoogleProfile> accessTokens = new();

    private GoogleStandIn(WebApplication app) => this.app = app;

    /// <summary>Who the next person to reach the consent screen is, and whether they agree.</summary>
    public GoogleProfile NextProfile { get; set; } = new("google-1", "ada@example.com", true, "Ada Lovelace", "https://lh3.googleusercontent.com/a/ada");

    public bool NextConsentDenied { get; set; }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<GoogleStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new GoogleStandIn(app);
        app.MapGet("/o/oauth2/v2/auth", standIn.Authorize);
        app.MapPost("/token", standIn.ExchangeAsync);
        app.MapGet("/oauth2/v3/userinfo", standIn.UserInfo);
        await app.StartAsync();
        standIn.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return standIn;
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["Authentication:Google:ClientId"] = ClientId,
        ["Authentication:Google:ClientSecret"] = ClientSecret,
        ["Authentication:Google:AuthorizationEndpoint"] = new Uri(BaseAddress, "/o/oauth2/v2/auth").ToString(),
        ["Authentication:Google:TokenEndpoint"] = new Uri(BaseAddress, "/token").ToString(),
        ["Authentication:Google:UserInformationEndpoint"] = new Uri(BaseAddress, "/oauth2/v3/userinfo").ToString(),
    };

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        var redirect = query["redirect_uri"].ToString();
        var state = Uri.EscapeDataString(query["state"].ToString());
        if (query["client_id"] != ClientId || query["response_type"] != "code" || string.IsNullOrEmpty(redirect))
        {
            return Results.BadRequest("invalid_request");
        }

        if (NextConsentDenied)
        {
            return Results.Redirect($"{redirect}?error=access_denied&state={state}");
        }

        var code = Guid.NewGuid().ToString("N");
        codes[code] = NextProfile;
        return Results.Redirect($"{redirect}?code={code}&state={state}");
    }

    private async Task<IResult> ExchangeAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
            || !codes.TryRemove(form["code"].ToString(), out var profile))
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var accessToken = Guid.NewGuid().ToString("N");
        accessTokens[accessToken] = profile;
        return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = 3599, scope = "openid email profile" });
    }

    private IResult UserInfo(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !accessTokens.TryGetValue(authorization["Bearer ".Length..], out var profile))
        {
            return Results.Unauthorized();
        }

        return Results.Json(new { sub = profile.Subject, email = profile.Email, email_verified = profile.EmailVerified, name = profile.Name, picture = profile.Picture });
    }
}

/// <summary>What Google says about the person.</summary>
public sealed record GoogleProfile(string Subject, string Email, bool EmailVerified, string Name, string Picture);
