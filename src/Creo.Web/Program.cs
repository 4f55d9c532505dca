using Creo.Application;
using Creo.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCreoSecretFiles();
builder.Services
    .AddCreoApplication()
    .AddCreoInfrastructure(builder.Configuration)
    .AddCreoWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
if (await app.InitializeDatabaseOrExitAsync(args) is { } exitCode)
{
    // The migrate step is done, or the database is behind this build: nothing to serve.
    Environment.ExitCode = exitCode;
    return;
}

app.UseCreoWeb();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
