using Creo.Application.Common.Ports;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Creo.Infrastructure.Tests.Mail;

public sealed class MailSenderTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_an_smtp_host_each_mail_is_one_eml_file_in_the_pickup_directory()
    {
        await using var services = await CreoServices.StartAsync(DatabaseProvider.Sqlite);
        var sender = services.Provider.GetRequiredService<IMailSender>();

        await sender.SendAsync(new OutgoingMail("ada@example.com", "Your sign-in link", "Open this link.", "<p>Open this link.</p>"), Cancel);

        var files = Directory.GetFiles(Path.Combine(services.DataDirectory, "mail"));
        var file = Assert.Single(files);
        Assert.EndsWith(".eml", file);
        var message = await MimeMessage.LoadAsync(file, Cancel);
        Assert.Equal("ada@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal("Your sign-in link", message.Subject);
        Assert.Equal("Open this link.", message.TextBody?.Trim());
        Assert.Equal("<p>Open this link.</p>", message.HtmlBody?.Trim());
    }

    [Fact]
    public async Task With_an_smtp_host_mail_reaches_the_relay()
    {
        await using var services = await CreoServices.StartAsync(DatabaseProvider.Sqlite, settings => settings.WithSmtp());
        var sender = services.Provider.GetRequiredService<IMailSender>();
        var subject = $"Crëo test {Guid.NewGuid():N}";

        await sender.SendAsync(new OutgoingMail("grace@example.com", subject, "Bonjour, ça va ?"), Cancel);

        var message = await WaitForMailAsync(subject);
        Assert.Equal("grace@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal("no-reply@creo.local", message.From.Mailboxes.Single().Address);
        Assert.Equal("Bonjour, ça va ?", message.TextBody?.Trim());
        Assert.Empty(Directory.Exists(Path.Combine(services.DataDirectory, "mail")) ? Directory.GetFiles(Path.Combine(services.DataDirectory, "mail")) : []);
    }

    /// <summary>The catcher writes each received mail into its Maildir's <c>new/</c> folder.</summary>
    private static async Task<MimeMessage> WaitForMailAsync(string subject) =>
        (await Eventually.UntilAsync<MimeMessage?>(
            async () =>
            {
                foreach (var file in Directory.GetFiles(Path.Combine(TestServices.SmtpMaildir, "new")))
                {
                    var message = await MimeMessage.LoadAsync(file, Cancel);
                    if (message.Subject == subject)
                    {
                        return message;
                    }
                }

                return null;
            },
            message => message is not null,
            _ => $"No mail with subject '{subject}' reached the SMTP catcher."))!;
}
