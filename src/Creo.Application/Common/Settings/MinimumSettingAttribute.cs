namespace Creo.Application.Common.Settings;

/// <summary>A whole number (int or long) of at least <paramref name="minimum"/>.</summary>
public sealed class MinimumSettingAttribute(string setting, long minimum) : SettingAttribute(setting)
{
    protected override string? Problem(object? value) =>
        value is int or long && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) >= minimum
            ? null
            : $"must be at least {minimum}; got {Shown(value)}";
}
