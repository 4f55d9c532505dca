namespace Creo.Application.Common.Settings;

/// <summary>A <see cref="TimeSpan"/> above zero and, when a maximum is given (<c>hh:mm:ss</c>), not above it.</summary>
public sealed class DurationSettingAttribute : SettingAttribute
{
    private readonly TimeSpan? maximum;

    public DurationSettingAttribute(string setting)
        : base(setting)
    {
    }

    public DurationSettingAttribute(string setting, string maximum)
        : base(setting) => this.maximum = TimeSpan.Parse(maximum, System.Globalization.CultureInfo.InvariantCulture);

    protected override string? Problem(object? value) => value switch
    {
        TimeSpan duration when duration <= TimeSpan.Zero => $"must be a duration above zero (hh:mm:ss); got {Shown(value)}",
        TimeSpan duration when duration > maximum => $"must be at most {Shown(maximum)}; got {Shown(value)}",
        TimeSpan => null,
        _ => $"must be a duration (hh:mm:ss); got {Shown(value)}",
    };
}
