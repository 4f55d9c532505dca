using System.Diagnostics;
using System.Text;
using Creo.Testing;

namespace Creo.Web.Tests.Common;

/// <summary>
/// The built <c>Creo.Web.dll</c> run with <c>dotnet</c> as an operator runs it, in Production, configured only by
/// environment variables, until it exits on its own: what it printed and its exit code.
/// </summary>
internal sealed record RefusedStart(int ExitCode, IReadOnlyList<string> Errors, IReadOnlyList<string> Output)
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Runs the app with <paramref name="environment"/> (<c>Section__Key</c> names; null removes one) and waits for it to exit.</summary>
    public static async Task<RefusedStart> RunAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var app = RepositoryPaths.BuiltWebApp;
        var start = new ProcessStartInfo(DotnetHost.Executable)
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // Were a bad setting let through, the app would listen here rather than on a port another test uses.
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The app did not exit within {ExitTimeout.TotalSeconds} s: it started despite the setting.");
        }

        return new RefusedStart(process.ExitCode, Lines(await errors), Lines(await output));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
