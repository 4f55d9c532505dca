using Creo.Application;
using Creo.Infrastructure;
using Creo.Web.Common;

var builder = WebApplication.CreateBuilder(args);
builder.ListenOnDefaultAddressWhenUnset();
builder.Configuration.AddCreoSecretFiles();
WebApplication app;
try
{
    builder.Services
        .AddCreoApplication()
        .AddCreoInfrastructure(builder.Configuration)
        .AddCreoWeb(builder.Configuration, builder.Environment);

    app = builder.Build();
    ConfigurationRefusal.Validate(app.Services);
}
catch (Exception refused) when (ConfigurationRefusal.Problems(refused) is { Count: > 0 } problems)
{
    // One line per bad setting, named as the environment variable, and exit 78 (EX_CONFIG): not a stack trace.
    return ConfigurationRefusal.Refuse(problems);
}

if (await app.InitializeDatabaseOrExitAsync(args) is { } exitCode)
{
    // The migrate step is done, or the database is behind this build: nothing to serve.
    return exitCode;
}

app.UseCreoWeb();
app.LogStartupBannerOnceListening();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
