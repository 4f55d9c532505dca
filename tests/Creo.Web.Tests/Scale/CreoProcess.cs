using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Creo.Testing;

namespace Creo.Web.Tests.Scale;

/// <summary>
/// One Crëo as an operator runs it: the built <c>Creo.Web.dll</c> started with <c>dotnet</c> in a process of its own,
/// configured only by environment variables, on its own loopback port. Its output is kept for the test's report.
/// </summary>
public sealed class CreoProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120); // Generous: on a loaded build machine a start can take over a minute.

    private readonly Process process;
    private readonly ConcurrentQueue<string> output;
    private bool disposed;

    private CreoProcess(string name, Process process, ConcurrentQueue<string> output, Uri baseAddress)
    {
        Name = name;
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public int ProcessId => process.Id;

    public bool IsRunning => !process.HasExited;

    /// <summary>A client for this instance that neither follows redirects nor keeps cookies (people carry their own).</summary>
    public HttpClient Http { get; }

    /// <summary>
    /// Starts the app (<paramref name="app"/>, or the built one) with <paramref name="settings"/> (<c>Section:Key</c> names,
    /// passed as <c>Section__Key</c>) and waits until it is ready.
    /// </summary>
    public static async Task<CreoProcess> StartAsync(string name, IReadOnlyDictionary<string, string?> settings, string? app = null)
    {
        app ??= RepositoryPaths.BuiltWebApp;
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var start = new ProcessStartInfo(DotnetHost.Executable)
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();

        // Production refuses to start without its public origin; this instance's own address stands in for the domain.
        start.Environment["Creo__PublicBaseUrl"] = address.GetLeftPart(UriPartial.Authority);

        // A build output has no wwwroot beside it, as a published app has; the scripts and styles are served from the source.
        start.Environment["ASPNETCORE_WEBROOT"] = RepositoryPaths.Combine("src", "Creo.Web", "wwwroot");
        foreach (var (key, value) in settings.Where(setting => setting.Value is not null))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Keep(output, name, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, name, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var instance = new CreoProcess(name, process, output, address);
        try
        {
            await instance.WaitUntilReadyAsync();
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }

        return instance;
    }

    /// <summary>SIGKILL: the process gets no chance to finish, requeue or say goodbye, as when its machine dies.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    /// <summary>Everything the process wrote so far, each line marked with the instance's name.</summary>
    public IReadOnlyList<string> Output => [.. output];

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await KillAsync();
        Http.Dispose();
        process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> output, string name, string? line)
    {
        if (line is not null)
        {
            output.Enqueue($"[{name}] {line}");
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var state = await Eventually.UntilAsync(
            ProbeAsync,
            probed => probed != StartState.Starting,
            _ => $"{Name} was not ready within {StartTimeout.TotalSeconds} s:\n{string.Join('\n', Output.TakeLast(60))}",
            StartTimeout);
        if (state == StartState.Exited)
        {
            throw new InvalidOperationException($"{Name} exited with {process.ExitCode} while starting:\n{string.Join('\n', Output.TakeLast(60))}");
        }
    }

    /// <summary>Whether the process died, answers <c>/health/ready</c>, or is still on its way.</summary>
    private async Task<StartState> ProbeAsync()
    {
        if (process.HasExited)
        {
            return StartState.Exited;
        }

        try
        {
            using var ready = await Http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
            return ready.StatusCode == HttpStatusCode.OK ? StartState.Ready : StartState.Starting;
        }
        catch (HttpRequestException)
        {
            return StartState.Starting; // Not listening yet.
        }
    }

    private enum StartState
    {
        Starting,
        Ready,
        Exited,
    }
}
