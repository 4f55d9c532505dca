namespace Creo.EndToEnd.Tests;

/// <summary>Crëo with a Google OAuth client configured. Google is never called: the tests only look at the page.</summary>
public sealed class BrowserAppWithGoogle(Chromium chromium) : BrowserApp(chromium)
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Authentication:Google:ClientId"] = "test-client.apps.googleusercontent.com";
        settings["Authentication:Google:ClientSecret"] = "test-secret";
    }
}
