using Creo.Application.Accounts.Contracts;
using Creo.Application.Common.Mail;

namespace Creo.Application.Privacy.FanOut;

/// <summary>The mail about a material policy change, the same for the fan-out's batches and a single send.</summary>
internal static class PolicyChangeMail
{
    public const string Subject = "Crëo's privacy policy is changing";

    public static OutgoingMail Compose(AccountRecipientDto recipient, PolicyVersion policy, AppLinks links) => MailTemplate.Compose(
        recipient.Email,
        Subject,
        """
        {{hello}}

        We have changed our privacy policy in a way that matters (version {{version}}). It takes effect on
        {{effective}} (UTC).

        Read it at {{link:policy}}. From that date we ask you to accept it before you create or buy anything; until you do,
        your account, your generations and your data stay as they are, and you can still download or delete them.

        — Crëo
        """,
        new Dictionary<string, string>
        {
            ["hello"] = MailTemplate.Hello(recipient.Name),
            ["version"] = policy.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["effective"] = policy.EffectiveAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["policy"] = links.To("/privacy"),
        },
        links.PublicBaseUrl);
}
