using System.Collections.Concurrent;
using System.Diagnostics;
using Creo.Testing;

namespace Creo.Web.Tests.FirstStart;

/// <summary>
/// Crëo started the way the README starts it, <c>dotnet run --project src/Creo.Web</c> from the repository root (with
/// <c>--no-build</c>: the tests' own build made it), so the launch profile applies as it does for a newcomer. The
/// environment is a clean shell's: nothing of the test runner's ASP.NET Core, .NET host or MSBuild settings leaks in.
/// </summary>
public sealed class DotnetRun : IAsyncDisposable
{
    /// <summary>Generous: with the other test modules building and running beside it, a cold start has taken over 90 s.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private DotnetRun(Process process) => this.process = process;

    public IReadOnlyList<string> Output => [.. output];

    /// <summary>Starts it with <paramref name="environment"/> and waits until it has printed its start-up block.</summary>
    public static async Task<DotnetRun> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        // The tests run from tests/Creo.Web.Tests/bin/<Configuration>/<TargetFramework>/.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var start = new ProcessStartInfo(DotnetHost.Executable)
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", "--no-build", "-c", configuration, "--project", Path.Combine("src", "Creo.Web") })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(IsRunnerSetting).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var run = new DotnetRun(new Process { StartInfo = start });
        run.process.OutputDataReceived += (_, line) => run.Keep(line.Data);
        run.process.ErrorDataReceived += (_, line) => run.Keep(line.Data);
        run.process.Start();
        run.process.BeginOutputReadLine();
        run.process.BeginErrorReadLine();
        try
        {
            await run.WaitForLineAsync(line => line.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal), StartTimeout);
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }

        return run;
    }

    /// <summary>Waits until a line of the output matches, or the process exits (which fails with its output).</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan? timeout = null)
    {
        var found = await Eventually.UntilAsync(
            () => Task.FromResult((line: Output.FirstOrDefault(match), exited: process.HasExited)),
            state => state.line is not null || state.exited,
            _ => $"No such line was printed (the process {(process.HasExited ? "exited" : "is still running")}):\n{string.Join('\n', Output.TakeLast(60))}",
            timeout ?? Eventually.Timeout);
        return found.line ?? throw new InvalidOperationException($"dotnet run exited with {process.ExitCode}:\n{string.Join('\n', Output.TakeLast(60))}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static bool IsRunnerSetting(string key) =>
        key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Creo__", StringComparison.OrdinalIgnoreCase)
        || key is "Database__Provider" or "ConnectionStrings__Creo";

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }
}
