namespace Creo.EndToEnd.Tests;

/// <summary>Crëo on the embedded default with one configured admin, for the staff area.</summary>
public sealed class BrowserAppWithStaff(Chromium chromium) : BrowserApp(chromium)
{
    public const string AdminEmail = "admin@creo.test";

    protected override void Configure(Dictionary<string, string?> settings) => settings["Creo:AdminEmails"] = AdminEmail;
}
