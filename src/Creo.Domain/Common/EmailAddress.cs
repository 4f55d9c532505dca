using System.Globalization;

namespace Creo.Domain.Common;

/// <summary>
/// The one shape of address Crëo takes: a bare <c>local@domain</c>, trimmed, lower-cased, the domain in its ASCII
/// (IDN) form. No display name, comment, quoted local part or route: mail libraries deliver <c>x &lt;a@b&gt;</c> and
/// <c>a@b(1)</c> to <c>a@b</c>, so accepting them would let one mailbox hold many accounts (each with the starter
/// grant) and dodge the per-address link limit. One mailbox is one normal form, one account and one limit key.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;
    private const int MaxLocalLength = 64;

    // RFC 5322 atext: what a dot-atom local part may hold besides dots. No quotes, brackets, parentheses or spaces.
    private const string LocalSpecials = "!#$%&'*+-/=?^_`{|}~";

    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };

    /// <summary>The normal form of <paramref name="input"/>, or false when it is not a bare address.</summary>
    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = string.Empty;
        var trimmed = input?.Trim() ?? string.Empty;
        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at == trimmed.Length - 1 || trimmed.Length > MaxLength)
        {
            return false;
        }

        var local = trimmed[..at].ToLowerInvariant();
        if (local.Length > MaxLocalLength || !IsDotAtom(local) || AsciiDomain(trimmed[(at + 1)..]) is not { } domain)
        {
            return false;
        }

        normalized = $"{local}@{domain}";
        return normalized.Length <= MaxLength;
    }

    /// <summary>The normal form; a string that is not a bare address is only trimmed and lower-cased (it matches no account).</summary>
    public static string Normalize(string input) =>
        TryNormalize(input, out var normalized) ? normalized : input.Trim().ToLowerInvariant();

    private static bool IsDotAtom(string local) =>
        local.Split('.').All(atom => atom.Length > 0 && atom.All(c => char.IsAsciiLetterOrDigit(c) || LocalSpecials.Contains(c)));

    /// <summary>The domain as DNS spells it (<c>bücher.example</c> → <c>xn--bcher-kva.example</c>), or null.</summary>
    private static string? AsciiDomain(string domain)
    {
        string ascii;
        try
        {
            ascii = Idn.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        // At least two labels of letters, digits and inner hyphens; a trailing dot (the same mailbox) is refused.
        var labels = ascii.Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            ? ascii
            : null;
    }
}
