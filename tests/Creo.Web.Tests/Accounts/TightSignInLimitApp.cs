using Creo.Infrastructure.Common;
using Creo.Testing;

namespace Creo.Web.Tests.Accounts;

/// <summary>Crëo on the embedded default with a per-IP sign-in limit small enough to reach in a test.</summary>
public sealed class TightSignInLimitApp : IAsyncLifetime
{
    public const int StartsPerIp = 2;

    private readonly TemporaryDirectory directory = new();
    private TestDatabase database = null!;

    public CreoAppFactory App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = CreoSettings.For(database, directory.Path);
        settings["RateLimits:SignInStartsPerIp"] = StartsPerIp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        App = new CreoAppFactory(settings);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await database.DisposeAsync();
        directory.Dispose();
    }
}
