using Creo.Infrastructure.Common;
using Creo.Testing;

namespace Creo.Application.Tests;

/// <summary>
/// Each database test class runs twice, once per provider: a concrete subclass per provider names which.
/// Every test gets a database of its own, so tests never see each other's rows.
/// </summary>
public abstract class DatabaseTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    private CreoServices? app;

    protected DatabaseProvider Provider { get; } = provider;

    protected CreoServices App => app ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => app = await CreoServices.StartAsync(Provider);

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
