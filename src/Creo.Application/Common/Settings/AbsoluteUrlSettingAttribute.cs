namespace Creo.Application.Common.Settings;

/// <summary>When set (a <see cref="Uri"/> or a text), an absolute http or https URL: a relative one would resolve against nothing.</summary>
public sealed class AbsoluteUrlSettingAttribute(string setting) : SettingAttribute(setting)
{
    protected override string? Problem(object? value)
    {
        var text = value switch
        {
            Uri uri => uri.OriginalString,
            string s => s,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? null
            : $"must be an absolute http(s) URL such as https://example.com; got {Shown(text)}";
    }
}
