using Creo.Application.Accounts.Contracts;
using Creo.Application.Common.Mail;

namespace Creo.Application.Privacy.FanOut;

/// <summary>The mail that tells one person about a breach, the same for the fan-out's batches and a single send.</summary>
internal static class BreachNoticeMail
{
    public const string Subject = "Important: a security incident affecting your Crëo account";

    public static OutgoingMail Compose(AccountRecipientDto recipient, Breach breach, AppLinks links, string contactEmail) => MailTemplate.Compose(
        recipient.Email,
        Subject,
        """
        {{hello}}

        We are writing because a security incident may have affected your Crëo account.

        {{message}}

        What we are doing: we are investigating the incident and working to contain it, and we report it to the data
        protection authority as the law requires. You will also see this notice on your dashboard when you sign in.

        What you can do: watch for unexpected messages that claim to come from Crëo, and review your sessions and your
        security log at {{link:account}}. You can download or delete your data at any time at {{link:center}}.

        Questions: write to {{contact}} and we will answer.

        — Crëo
        """,
        new Dictionary<string, string>
        {
            ["hello"] = MailTemplate.Hello(recipient.Name),
            ["message"] = breach.Message,
            ["account"] = links.To("/account"),
            ["center"] = links.To("/privacy/center"),
            ["contact"] = contactEmail,
        },
        links.PublicBaseUrl);
}
