using Creo.Application;
using Creo.Infrastructure;
using Creo.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.ListenOnDefaultAddressWhenUnset();
builder.Services
    .AddCreoApplication()
    .AddCreoInfrastructure(builder.Configuration)
    .AddCreoWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.Services.InitializeCreoDatabaseAsync();
app.UseCreoWeb();
app.LogStartupBannerOnceListening();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
