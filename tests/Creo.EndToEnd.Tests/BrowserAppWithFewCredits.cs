namespace Creo.EndToEnd.Tests;

/// <summary>Crëo where a new account gets a single credit, so the cheapest image (2 credits) is already too much.</summary>
public sealed class BrowserAppWithFewCredits(Chromium chromium) : BrowserApp(chromium)
{
    public const int StarterGrant = 1;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Credits:StarterGrant"] = StarterGrant.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
