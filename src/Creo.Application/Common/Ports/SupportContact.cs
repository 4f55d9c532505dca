namespace Creo.Application.Common.Ports;

/// <summary>
/// The address people write to with privacy requests and security reports (<c>Creo__ContactEmail</c>), which the
/// support staff read: background jobs mail support there.
/// </summary>
public sealed class SupportContact
{
    public const string DefaultEmail = "virtuatechmedia@gmail.com";

    public string ContactEmail { get; set; } = DefaultEmail;
}
