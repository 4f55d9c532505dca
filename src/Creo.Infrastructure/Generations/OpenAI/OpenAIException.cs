using System.Text.RegularExpressions;
using Creo.Application.Generations.Providers;

namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>
/// The host failed (see <see cref="ProviderFailedException"/>). The message holds the status and the error's
/// <c>type</c> and <c>code</c>, never its <c>message</c>: a compatible host may quote the prompt there.
/// </summary>
internal sealed partial class OpenAIException(string message) : ProviderFailedException(message)
{
    public static OpenAIException FromStatus(HttpStatusCode status, OpenAIError? error)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"The image host answered {(int)status}");
        var parts = new[] { Token(error?.Type), Token(OpenAIErrors.CodeOf(error)) }.Where(part => part is not null).ToList();
        return new OpenAIException(parts.Count == 0 ? text + "." : $"{text} ({string.Join(", ", parts)}).");
    }

    /// <summary>Only identifier-like values pass: anything else could be free text from the host.</summary>
    private static string? Token(string? value) => value is not null && Identifier().IsMatch(value) ? value : null;

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex Identifier();
}
