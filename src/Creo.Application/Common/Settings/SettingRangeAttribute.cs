namespace Creo.Application.Common.Settings;

/// <summary>A whole number (int or long) from <paramref name="minimum"/> to <paramref name="maximum"/>, both included; refused outside, never clamped.</summary>
public sealed class SettingRangeAttribute(string setting, long minimum, long maximum) : SettingAttribute(setting)
{
    protected override string? Problem(object? value) =>
        value is int or long && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) is var number && number >= minimum && number <= maximum
            ? null
            : $"must be between {minimum} and {maximum}; got {Shown(value)}";
}
