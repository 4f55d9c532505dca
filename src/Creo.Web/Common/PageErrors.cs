using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Creo.Web.Common;

/// <summary>How pages read the errors <see cref="PageErrorFilter"/> (or their own checks) put in ModelState.</summary>
public static class PageErrors
{
    /// <summary>The key of a refusal of the whole form, as opposed to one field.</summary>
    public const string Form = "";

    /// <summary>The first error shown next to <paramref name="field"/>, or null.</summary>
    public static string? ErrorOf(this ModelStateDictionary modelState, string field) =>
        modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The first refusal of the whole form, or null.</summary>
    public static string? FormError(this ModelStateDictionary modelState) => modelState.ErrorOf(Form);

    /// <summary>Every error on the page, each once, in the order they were added: the summary above a form.</summary>
    public static IReadOnlyList<string> AllErrors(this ModelStateDictionary modelState) =>
        [.. modelState.Values.SelectMany(entry => entry.Errors).Select(error => error.ErrorMessage).Distinct()];
}
