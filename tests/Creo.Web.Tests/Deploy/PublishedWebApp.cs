using System.Diagnostics;
using Creo.Testing;

namespace Creo.Web.Tests.Deploy;

/// <summary>
/// <c>dotnet publish</c>'s output of <c>src/Creo.Web</c>, made once per test run: the files the Dockerfile's publish
/// stage puts in the image (its runtimeconfig, its <c>appsettings*.json</c>, the native libraries in their runtime
/// folders), so the recipe's processes run what a deployment runs. <c>--no-build</c> publishes the build these tests
/// were built with (a full publish again took minutes here) in the same configuration.
/// </summary>
public static class PublishedWebApp
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);
    private static readonly Lazy<Task<string>> Published = new(PublishAsync);

    /// <summary>The published <c>Creo.Web.dll</c>.</summary>
    public static Task<string> PathAsync() => Published.Value;

    private static async Task<string> PublishAsync()
    {
        var built = RepositoryPaths.BuiltWebApp;   // src/Creo.Web/bin/<Configuration>/<framework>/Creo.Web.dll
        var configuration = new DirectoryInfo(Path.GetDirectoryName(built)!).Parent!.Name;
        // Kept for the whole run: instances of several tests start from it. Under the temp root, so nothing lands in the repo.
        var output = Path.Combine(Path.GetTempPath(), $"creo-published-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(DotnetHost.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", RepositoryPaths.Combine("src", "Creo.Web", "Creo.Web.csproj"), "--no-build", "--nologo", "-c", configuration, "-o", output })
        {
            start.ArgumentList.Add(arg);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start");
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        await publish.WaitForExitAsync(timeout.Token);
        var dll = Path.Combine(output, "Creo.Web.dll");
        return publish.ExitCode == 0 && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"dotnet publish failed (exit {publish.ExitCode}):\n{await stdout}\n{await stderr}");
    }
}
