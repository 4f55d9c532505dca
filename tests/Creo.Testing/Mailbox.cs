using MimeKit;

namespace Creo.Testing;

/// <summary>Reads what the app mailed into its pickup directory (the embedded default's outbox).</summary>
public static class Mailbox
{
    public static string PickupDirectory(string dataDirectory) => Path.Combine(dataDirectory, "mail");

    public static IReadOnlyList<MimeMessage> To(string dataDirectory, string address)
    {
        var folder = PickupDirectory(dataDirectory);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // By write time: under a frozen test clock the timestamped names of several mails are equal.
        return Directory.GetFiles(folder, "*.eml")
            .OrderBy(File.GetLastWriteTimeUtc).ThenBy(file => file, StringComparer.Ordinal)
            .Select(file => MimeMessage.Load(file))
            .Where(message => message.To.Mailboxes.Any(m => IsAddress(m, address)))
            .ToList();
    }

    /// <summary>MimeKit reads an IDN domain back in Unicode; either spelling of the address names the mailbox.</summary>
    private static bool IsAddress(MailboxAddress mailbox, string address) =>
        string.Equals(mailbox.Address, address, StringComparison.OrdinalIgnoreCase)
        || string.Equals(mailbox.GetAddress(idnEncode: true), address, StringComparison.OrdinalIgnoreCase);

    /// <summary>The link of the newest sign-in mail to <paramref name="address"/>.</summary>
    public static string LatestSignInLink(string dataDirectory, string address)
    {
        var mail = To(dataDirectory, address).LastOrDefault(m => m.Subject == "Your Crëo sign-in link")
            ?? throw new InvalidOperationException($"No sign-in mail to {address}.");
        var body = mail.TextBody ?? string.Empty;
        var start = body.IndexOf("http", StringComparison.Ordinal);
        var end = body.IndexOfAny([' ', '\r', '\n'], start);
        return body[start..(end < 0 ? body.Length : end)];
    }

    /// <summary>The one-time token in the newest sign-in link to <paramref name="address"/>.</summary>
    public static string LatestSignInToken(string dataDirectory, string address)
    {
        var link = LatestSignInLink(dataDirectory, address);
        return Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);
    }
}
