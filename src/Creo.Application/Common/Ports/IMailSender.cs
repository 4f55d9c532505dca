namespace Creo.Application.Common.Ports;

/// <summary>Outgoing mail: .eml files in a pickup directory by default, SMTP when a host is configured.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
