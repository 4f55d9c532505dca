using System.Collections.Concurrent;
using System.Diagnostics;
using Creo.Testing;

namespace Creo.Web.Tests.Deploy;

/// <summary>
/// A one-shot run of the built app (<c>dotnet Creo.Web.dll [args]</c>) with only the given environment, to its exit:
/// the migrate step, or an instance that should refuse to start. Listens on a free port should it serve after all.
/// </summary>
public sealed record StepRun(int ExitCode, IReadOnlyList<string> StandardOutput, IReadOnlyList<string> StandardError)
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(90);

    public string Report => $"exit {ExitCode}\n{string.Join('\n', StandardOutput.TakeLast(40))}\n{string.Join('\n', StandardError)}";

    public static async Task<StepRun> RunAsync(IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string> args, string? app = null)
    {
        app ??= RepositoryPaths.BuiltWebApp;
        var start = new ProcessStartInfo(DotnetHost.Executable)
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment.Where(setting => setting.Value is not null))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var output = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(errors, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"dotnet Creo.Web.dll {string.Join(' ', args)} did not exit within {ExitTimeout.TotalSeconds} s:\n{string.Join('\n', output.TakeLast(40))}");
        }

        process.WaitForExit(); // Flushes the redirected output's last lines.
        return new StepRun(process.ExitCode, [.. output], [.. errors]);
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
