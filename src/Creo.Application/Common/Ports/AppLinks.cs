namespace Creo.Application.Common.Ports;

/// <summary>
/// Where people reach Crëo (<c>Creo__PublicBaseUrl</c>), for links in mail that background jobs send, where no request
/// tells the host. Without it, mail says the path alone.
/// </summary>
public sealed class AppLinks
{
    public string? PublicBaseUrl { get; set; }

    public string To(string path) =>
        string.IsNullOrWhiteSpace(PublicBaseUrl) ? path : PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
