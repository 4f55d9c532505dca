namespace Creo.Infrastructure.Common;

/// <summary>The folder the embedded default writes to: <c>Creo__DataDirectory</c>, or <c>~/.local/share/creo</c>.</summary>
public static class DataDirectory
{
    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration[$"{CreoOptions.Section}:{nameof(CreoOptions.DataDirectory)}"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "creo")
            : configured;
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(full);
        return full;
    }
}
