using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Creo.Application.Common.Settings;

/// <summary>
/// A rule on one setting whose failure is one line naming the setting as the environment variable an operator sets
/// (<c>Email__Smtp__Security must be one of …; got 'bogus'.</c>). The app prints that line as it is when it refuses to
/// start, so the line must make sense without the options class or the property behind it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class SettingAttribute(string setting) : ValidationAttribute
{
    /// <summary>The setting as an environment variable, e.g. <c>Privacy__DeletionGraceDays</c>.</summary>
    public string Setting { get; } = setting;

    /// <summary>What is wrong with <paramref name="value"/> (completing "{setting} …"), or null when it is fine.</summary>
    protected abstract string? Problem(object? value);

    // No member names on the result: the options validator would prefix them ("EmailOptions.From: …"), and the line
    // already names the setting the way the operator wrote it.
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        Problem(value) is { } problem ? new ValidationResult($"{Setting} {problem}.") : ValidationResult.Success;

    protected static string Shown(object? value) => value switch
    {
        null => "nothing",
        string text => $"'{text}'",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => $"'{value}'",
    };
}
