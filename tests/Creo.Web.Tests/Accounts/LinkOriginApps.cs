using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Creo.Web.Tests.Accounts;

/// <summary>Crëo as a developer runs it: Development, with no public origin configured.</summary>
public sealed class DevelopmentApp() : WebAppFixture(DatabaseProvider.Sqlite)
{
    protected override void ConfigureSettings(Dictionary<string, string?> settings)
    {
        settings[WebHostDefaults.EnvironmentKey] = Environments.Development;
        settings[CreoAppFactory.PublicBaseUrlSetting] = null;
    }
}

/// <summary>Crëo as production runs it: the Production environment, its public origin this app's own address.</summary>
public sealed class ProductionApp() : WebAppFixture(DatabaseProvider.Sqlite)
{
    protected override void ConfigureSettings(Dictionary<string, string?> settings) =>
        settings[WebHostDefaults.EnvironmentKey] = Environments.Production;
}
