namespace Creo.Application.Common.Settings;

/// <summary>A text that is one of <paramref name="allowed"/>, compared ignoring case.</summary>
public sealed class OneOfSettingAttribute(string setting, params string[] allowed) : SettingAttribute(setting)
{
    protected override string? Problem(object? value) =>
        value is string text && allowed.Contains(text, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"must be one of {string.Join(", ", allowed)}; got {Shown(value)}";
}
