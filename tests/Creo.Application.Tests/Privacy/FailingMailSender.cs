using Creo.Application.Common.Ports;

namespace Creo.Application.Tests.Privacy;

/// <summary>The real mail sender, except that the send it is told to fail throws, as a relay that went away would.</summary>
public sealed class FailingMailSender(IMailSender inner) : IMailSender
{
    private int sends;

    /// <summary>The 1-based number of the send that fails from now on; null lets every mail through.</summary>
    public int? FailOnSend { get; set; }

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref sends) == FailOnSend)
        {
            throw new IOException("The mail relay closed the connection.");
        }

        return inner.SendAsync(mail, cancellationToken);
    }

    public void Reset()
    {
        sends = 0;
        FailOnSend = null;
    }
}
