namespace Creo.Application.Common.Ports;

/// <summary>
/// Where people reach Crëo (<c>Creo__PublicBaseUrl</c>), for links in mail that background jobs send, where no request
/// tells the host. Without it, mail says the path alone.
/// </summary>
public sealed class AppLinks
{
    /// <summary>Where privacy questions and security reports go (<c>Creo__ContactEmail</c>), for mail that says where to ask.</summary>
    public const string DefaultContactEmail = "virtuatechmedia@gmail.com";

    public string? PublicBaseUrl { get; set; }

    public string ContactEmail { get; set; } = DefaultContactEmail;

    public string To(string path) =>
        string.IsNullOrWhiteSpace(PublicBaseUrl) ? path : PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
