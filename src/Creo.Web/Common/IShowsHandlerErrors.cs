namespace Creo.Web.Common;

/// <summary>
/// A page whose handlers let the application's errors through: <see cref="PageErrorFilter"/> puts them in the page's
/// ModelState and draws the page again, so the page model needs no try/catch. Declared once per page.
/// </summary>
public interface IShowsHandlerErrors
{
    /// <summary>
    /// The page's bound property that shows a failure of the command's <paramref name="commandProperty"/>, or null to
    /// show it above the form (<see cref="PageErrors.FormError"/>).
    /// </summary>
    string? FieldFor(string commandProperty);

    /// <summary>
    /// The ModelState key that shows a refusal other than failed validation, by the problem's code (the API's
    /// <c>type</c> slug): above the form by default; a key of the page's own to show it elsewhere or in its own words;
    /// null when the page already shows it another way (a notice drawn from the page's data).
    /// </summary>
    string? RefusalKey(string code) => PageErrors.Form;

    /// <summary>Loads what the page shows around the form, before it is drawn again with the refusal.</summary>
    Task ReloadAsync(CancellationToken cancellationToken);
}
