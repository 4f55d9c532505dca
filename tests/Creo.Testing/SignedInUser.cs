using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Creo.Testing;

/// <summary>
/// A person signed in over real HTTP the way a browser does: ask for a link, open it from the mail and press its
/// page's button, keep the cookies, and send the CSRF token on every unsafe request. Cookies are carried by hand because the session
/// cookie is Secure and the test server speaks plain HTTP. One person may send many requests at once.
/// </summary>
public sealed class SignedInUser
{
    private readonly HttpClient http;
    private readonly Dictionary<string, string> cookies;

    private SignedInUser(HttpClient http, string email, Dictionary<string, string>? cookies = null)
    {
        this.http = http;
        Email = email;
        this.cookies = cookies ?? new(StringComparer.Ordinal);
    }

    public string Email { get; }

    public string? CsrfToken { get; private set; }

    public string SessionCookie => Locked(() => cookies[SessionCookieName]);

    private const string SessionCookieName = "creo_session";

    public static async Task<SignedInUser> SignInAsync(HttpClient http, string dataDirectory, string email, string? userAgent = null)
    {
        using (var start = await http.PostAsJsonAsync("/api/auth/email/start", new { email }))
        {
            if (start.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"Sign-in start answered {(int)start.StatusCode}: {await start.Content.ReadAsStringAsync()}");
            }
        }

        return await SignInWithLatestLinkAsync(http, dataDirectory, email, userAgent);
    }

    /// <summary>Opens the newest link mailed to <paramref name="email"/> (without asking for another) and signs in with it.</summary>
    public static async Task<SignedInUser> SignInWithLatestLinkAsync(HttpClient http, string dataDirectory, string email, string? userAgent = null)
    {
        var user = NotSignedIn(http, email, userAgent);
        using var response = await user.OpenSignInLinkAsync(Mailbox.LatestSignInLink(dataDirectory, email));
        if (response.StatusCode != HttpStatusCode.SeeOther)
        {
            throw new InvalidOperationException($"Signing in with the link answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await user.RefreshCsrfAsync();
        return user;
    }

    /// <summary>A browser that has not signed in yet, for tests that open a sign-in link step by step.</summary>
    public static SignedInUser NotSignedIn(HttpClient http, string email, string? userAgent = null) =>
        new(http, email) { UserAgent = userAgent ?? "CreoTests/1.0" };

    /// <summary>
    /// Opens a mailed sign-in link as a browser does: the page it shows (which spends nothing), then the page's one
    /// button, a form POST carrying the page's antiforgery token. Answers the POST's response.
    /// </summary>
    public async Task<HttpResponseMessage> OpenSignInLinkAsync(string link) =>
        await PostSignInFormAsync(await ReadSignInFormAsync(link));

    /// <summary>The hidden fields of the page a sign-in link shows (its token and antiforgery token); throws when it has no form.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadSignInFormAsync(string link)
    {
        using var page = await SendAsync(HttpMethod.Get, new Uri(link).PathAndQuery, withCsrf: false);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The sign-in link's page answered {(int)page.StatusCode}: {html}");
        }

        return HiddenFields.Read(html);
    }

    /// <summary>Presses the sign-in page's button: POSTs its fields to the link's path.</summary>
    public Task<HttpResponseMessage> PostSignInFormAsync(IReadOnlyDictionary<string, string> fields) =>
        SendContentAsync(HttpMethod.Post, SignInLinkPath, new FormUrlEncodedContent(fields));

    public const string SignInLinkPath = "/api/auth/email/verify";

    public string UserAgent { get; private set; } = "CreoTests/1.0";

    /// <summary>
    /// The same browser talking to another address (another instance of the app behind one domain): a copy of its
    /// cookies and CSRF token, sent through <paramref name="other"/> from now on.
    /// </summary>
    public SignedInUser Via(HttpClient other) =>
        new(other, Email, Locked(() => new Dictionary<string, string>(cookies, StringComparer.Ordinal))) { CsrfToken = CsrfToken, UserAgent = UserAgent };

    public async Task RefreshCsrfAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/auth/csrf", withCsrf: false);
        response.EnsureSuccessStatusCode();
        CsrfToken = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public async Task<T> GetJsonAsync<T>(string path)
    {
        using var response = await GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web))!;
    }

    /// <summary>Confirms age and accepts the policy in force, as a new account must before it generates or pays.</summary>
    public async Task OnboardAsync()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/me/onboarding", new { confirmsAge16OrOlder = true, acceptsPolicyVersion = 1 });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A new person: signed in by email link and onboarded, with their account id.</summary>
    public static async Task<(SignedInUser User, Guid Id)> SignUpAsync(HttpClient http, string dataDirectory, string email)
    {
        var user = await SignInAsync(http, dataDirectory, email);
        await user.OnboardAsync();
        return (user, await user.IdAsync());
    }

    /// <summary>This person's account id, as <c>GET /api/me</c> gives it.</summary>
    public async Task<Guid> IdAsync() => (await GetJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();

    /// <summary>Sends any content (multipart, raw bytes) with extra headers, as this person's browser would.</summary>
    public Task<HttpResponseMessage> SendContentAsync(HttpMethod method, string path, HttpContent? content, IReadOnlyDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return SendAndDisposeAsync(request, withCsrf: true);
    }

    /// <summary>A GET with headers sent exactly as given, unchecked, as an attacker's client would send them.</summary>
    public Task<HttpResponseMessage> GetWithRawHeadersAsync(string path, IReadOnlyDictionary<string, string> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return SendAndDisposeAsync(request, withCsrf: false);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool withCsrf = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return SendAndDisposeAsync(request, withCsrf);
    }

    private async Task<HttpResponseMessage> SendAndDisposeAsync(HttpRequestMessage request, bool withCsrf)
    {
        using (request)
        {
            return await SendAsync(request, withCsrf);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool withCsrf)
    {
        request.Headers.UserAgent.ParseAdd(UserAgent);
        var cookieHeader = Locked(() => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        if (cookieHeader.Length > 0)
        {
            request.Headers.Add("Cookie", cookieHeader);
        }

        if (withCsrf && CsrfToken is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", CsrfToken);
        }

        var response = await http.SendAsync(request);
        Keep(response);
        return response;
    }

    private void Keep(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var headers))
        {
            return;
        }

        foreach (var header in headers)
        {
            var pair = header.Split(';')[0];
            var separator = pair.IndexOf('=');
            var (name, value) = (pair[..separator], pair[(separator + 1)..]);
            var expired = value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
            lock (cookies)
            {
                if (expired)
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (cookies)
        {
            return read();
        }
    }
}
