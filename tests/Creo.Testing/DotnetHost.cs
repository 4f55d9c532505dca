namespace Creo.Testing;

/// <summary>
/// The <c>dotnet</c> executable for processes the tests start: the one running the tests (<c>DOTNET_HOST_PATH</c>, set
/// by the test host), so the app runs on the same runtime, else <c>dotnet</c> from the PATH.
/// </summary>
public static class DotnetHost
{
    public static string Executable => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
