namespace Creo.Application.Common.Text;

/// <summary>
/// Text staff type that other people read (a reason in the audit and security logs, a reason mailed to the person):
/// plain words on one line. Angle brackets are refused rather than escaped, so no reader — a page, a mail client, a
/// log viewer — is ever handed markup, and control characters cannot forge lines in a log.
/// </summary>
public static class PlainTextRules
{
    public static IRuleBuilderOptions<T, string> IsPlainText<T>(this IRuleBuilder<T, string> text) =>
        text.Must(IsPlain).WithMessage("'{PropertyName}' is plain text on one line: no < or >, no control characters.");

    public static bool IsPlain(string? text) => text is null || !text.Any(c => c is '<' or '>' || char.IsControl(c));
}
