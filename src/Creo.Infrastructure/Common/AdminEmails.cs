namespace Creo.Infrastructure.Common;

/// <summary>
/// <c>Creo__AdminEmails</c> as people write it: one variable with addresses separated by commas or
/// semicolons, or the usual indexed form (<c>Creo__AdminEmails__0</c>).
/// </summary>
public static class AdminEmails
{
    public static string[] Read(IConfiguration configuration)
    {
        var section = configuration.GetSection($"{CreoOptions.Section}:AdminEmails");
        var values = section.Value is { } joined ? [joined] : section.GetChildren().Select(child => child.Value ?? string.Empty);
        return values
            .SelectMany(value => value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(email => email.ToLowerInvariant())
            .Distinct()
            .ToArray();
    }
}
