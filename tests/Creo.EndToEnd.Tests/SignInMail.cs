using System.Text.RegularExpressions;
using MimeKit;

namespace Creo.EndToEnd.Tests;

/// <summary>Reads the sign-in links the app mailed into its pickup directory, as a person reads their inbox.</summary>
public static partial class SignInMail
{
    private const string Subject = "Your Crëo sign-in link";

    /// <summary>
    /// The link in the newest sign-in mail to <paramref name="address"/>. Newest by the file's write time: the
    /// names start with the app's clock, which the tests freeze.
    /// </summary>
    public static Uri LatestLink(string dataDirectory, string address)
    {
        var folder = Path.Combine(dataDirectory, "mail");
        var mail = Directory.Exists(folder)
            ? new DirectoryInfo(folder).GetFiles("*.eml")
                .OrderByDescending(file => file.LastWriteTimeUtc)
                .Select(file => MimeMessage.Load(file.FullName))
                .FirstOrDefault(message => message.Subject == Subject && message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
            : null;
        var body = mail?.TextBody ?? throw new InvalidOperationException($"No sign-in mail to {address} in {folder}.");
        return new Uri(VerifyLink().Match(body) is { Success: true } match ? match.Value : throw new InvalidOperationException("The sign-in mail holds no link."));
    }

    [GeneratedRegex(@"https?://\S+/api/auth/email/verify\?token=\S+")]
    private static partial Regex VerifyLink();
}
