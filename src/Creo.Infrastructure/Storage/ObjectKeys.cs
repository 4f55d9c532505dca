namespace Creo.Infrastructure.Storage;

/// <summary>Guards object keys: relative, no <c>..</c> segments, no backslashes, so a key can never escape its prefix.</summary>
internal static class ObjectKeys
{
    public static string Validate(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 512 || key.StartsWith('/') || key.Contains('\\')
            || key.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new ArgumentException($"'{key}' is not a valid object key.", nameof(key));
        }

        return key;
    }

    public static string ValidatePrefix(string prefix)
    {
        Validate(prefix.TrimEnd('/'));
        return prefix;
    }
}
