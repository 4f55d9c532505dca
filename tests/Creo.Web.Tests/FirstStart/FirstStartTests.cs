using System.Net;
using System.Net.Http.Json;
using Creo.Testing;
using Creo.Web.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Creo.Web.Tests.FirstStart;

/// <summary>
/// A newcomer's first <c>dotnet run</c>: it listens where <c>ASPNETCORE_URLS</c> says (the launch profile no longer
/// overrides it), prints one short block saying where everything is, and does not log a line per Mediator message.
/// </summary>
public sealed class FirstStartTests(FirstStartTests.NewcomersRun newcomer) : IClassFixture<FirstStartTests.NewcomersRun>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dotnet_run_listens_where_ASPNETCORE_URLS_says_and_prints_one_block_saying_where_things_are()
    {
        var (run, address, data) = (newcomer.Run, newcomer.Address, newcomer.Data.Path);
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        using var live = await http.GetAsync("/health/live", Cancel);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var block = Block(run.Output);
        Assert.Equal(
            [
                $"Crëo is listening on {address} (Development)",
                $"Database: SQLite, {Path.Combine(data, "creo.db")}",
                "Jobs: Hangfire in memory (queued jobs are lost when Crëo stops)",
                $"Media: files under {Path.Combine(data, "media")}",
                $"Mail: not sent; each message (sign-in links too) is written as an .eml file to {Path.Combine(data, "mail")}",
                "Press Ctrl+C to stop.",
            ],
            block);
        Assert.DoesNotContain(run.Output, line => line.Contains("Now listening on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serving_pages_at_the_default_log_level_logs_no_line_per_mediator_message()
    {
        var (run, address) = (newcomer.Run, newcomer.Address);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };

        foreach (var path in new[] { "/", "/signin", "/privacy", "/studio", "/api/models", "/api/me" })
        {
            using var page = await http.GetAsync(path, Cancel);
            Assert.True((int)page.StatusCode < 500, $"{path} answered {page.StatusCode}");
        }

        // A refused sign-in request is logged (a failed message stays a Warning); once its line is out, so is
        // every line the requests before it wrote, as the console logger writes in order.
        using var refused = await http.PostAsJsonAsync("/api/auth/email/start", new { email = "not an address" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await run.WaitForLineAsync(line => line.Contains("failed after", StringComparison.Ordinal));

        Assert.DoesNotContain(run.Output, line => line.Contains("handled in", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Output, line => line.Contains("was challenged", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5999")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080")]
    public void A_configured_address_is_kept_as_it_is(string key, string value)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection([new(key, value)]);

        builder.ListenOnDefaultAddressWhenUnset();

        Assert.Equal(key == "urls" ? value : null, builder.Configuration["urls"]);
    }

    [Fact]
    public void With_no_address_configured_it_is_localhost_5080_and_any_later_setting_outranks_it()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());

        builder.ListenOnDefaultAddressWhenUnset();

        Assert.Equal("http://localhost:5080", builder.Configuration["urls"]);
        builder.Configuration.AddInMemoryCollection([new("urls", "http://127.0.0.1:6000")]);
        Assert.Equal("http://127.0.0.1:6000", builder.Configuration["urls"]);
    }

    [Fact]
    public void The_launch_profile_names_no_address_that_would_outrank_ASPNETCORE_URLS()
    {
        var profile = File.ReadAllText(RepositoryPaths.Combine("src", "Creo.Web", "Properties", "launchSettings.json"));
        var appsettings = File.ReadAllText(RepositoryPaths.Combine("src", "Creo.Web", "appsettings.json"));

        Assert.DoesNotContain("applicationUrl", profile, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"urls\"", appsettings, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The lines of the start-up block: the console logger indents each line of one entry under its header.</summary>
    private static List<string> Block(IReadOnlyList<string> output)
    {
        var header = output.ToList().FindIndex(line => line.StartsWith("info: Creo.Startup", StringComparison.Ordinal));
        Assert.True(header >= 0, $"No start-up block:\n{string.Join('\n', output)}");
        return [.. output.Skip(header + 1).TakeWhile(line => line.StartsWith("      ", StringComparison.Ordinal)).Select(line => line.Trim())];
    }

    /// <summary>
    /// One <c>dotnet run</c> for the class (each start costs a project evaluation and a cold app): the README's command
    /// with only <c>ASPNETCORE_URLS</c> (a free port, so no real 5080 is touched) and a data directory of its own.
    /// </summary>
    public sealed class NewcomersRun : IAsyncLifetime
    {
        public TemporaryDirectory Data { get; } = new();

        public string Address { get; } = $"http://127.0.0.1:{LoopbackPort.Free()}";

        public DotnetRun Run { get; private set; } = null!;

        public async ValueTask InitializeAsync() =>
            Run = await DotnetRun.StartAsync(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = Address, ["Creo__DataDirectory"] = Data.Path });

        public async ValueTask DisposeAsync()
        {
            if (Run is not null)
            {
                await Run.DisposeAsync();
            }

            Data.Dispose();
        }
    }
}
