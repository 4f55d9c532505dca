using Creo.Application.Common.Settings;

namespace Creo.Application.Credits;

public sealed class CreditsOptions
{
    public const string Section = "Credits";

    /// <summary>Credits a new account gets once (<c>Credits__StarterGrant</c>).</summary>
    [MinimumSetting("Credits__StarterGrant", 0)]
    public long StarterGrant { get; set; } = 50;
}
