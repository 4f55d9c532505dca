namespace Creo.Application.Privacy;

/// <summary>Where mail sends people to act on their data (bound from <c>Creo__PublicBaseUrl</c>).</summary>
public sealed class PrivacyCenterOptions
{
    public const string PrivacyCenterPath = "/privacy/center";

    /// <summary>The origin people reach Crëo at; unset, mail names the page by its path alone.</summary>
    public string? PublicBaseUrl { get; set; }

    public string PrivacyCenterAddress =>
        string.IsNullOrWhiteSpace(PublicBaseUrl) ? PrivacyCenterPath : PublicBaseUrl.TrimEnd('/') + PrivacyCenterPath;
}
