using Creo.Infrastructure.Mail;

namespace Creo.Infrastructure.Common;

/// <summary>Settings under <c>Creo__…</c>.</summary>
public sealed class CreoOptions
{
    public const string Section = "Creo";

    /// <summary>Where the embedded default keeps its database, media and mail; see <see cref="DataDirectory.Resolve"/>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The origin people reach Crëo at (e.g. <c>https://creo.studio</c>); links in mail are built on it.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Where privacy requests and security reports go (policy sections 07 and 13).</summary>
    [MailboxSetting("Creo__ContactEmail")]
    public string ContactEmail { get; set; } = SupportContact.DefaultEmail;
}
