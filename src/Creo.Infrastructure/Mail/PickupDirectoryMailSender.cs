namespace Creo.Infrastructure.Mail;

/// <summary>The embedded default: every mail becomes one <c>.eml</c> file that any mail client opens.</summary>
internal sealed class PickupDirectoryMailSender(string directory, string from, TimeProvider clock) : IMailSender
{
    /// <summary>One file after another; the stop is looked at between files, so a file written is a mail reported.</summary>
    public async Task<MailBatchOutcome> SendEachAsync(IReadOnlyList<OutgoingMail> mails, CancellationToken stopping)
    {
        var accepted = new List<int>(mails.Count);
        for (var i = 0; i < mails.Count && !stopping.IsCancellationRequested; i++)
        {
            try
            {
                await SendAsync(mails[i], CancellationToken.None);
            }
            catch (IOException failure)
            {
                return new MailBatchOutcome(accepted, [], failure);
            }

            accepted.Add(i);
        }

        return new MailBatchOutcome(accepted, [], null);
    }

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var message = MimeMessages.Build(mail, from);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";

        // Written under a temporary name and renamed, so a watcher of the folder never reads half a mail.
        var temporary = Path.Combine(directory, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(directory, name));
    }
}
