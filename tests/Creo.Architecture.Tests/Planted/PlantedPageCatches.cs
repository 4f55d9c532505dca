using Creo.Application.Common.Errors;
using Creo.Domain.Common;
using Creo.Web.Common;

// Page models that break (or keep) the rule that the page filter shows the application's errors.
// They live in the test assembly, outside the app's namespaces, so the real-code tests never see them.
namespace Creo.Architecture.Tests.Planted.PageCatches;

/// <summary>Breaks it: translates a broken rule into its own message, the filter's job.</summary>
internal sealed class PlantedTranslatingPageModel
{
    public string? Message { get; private set; }

    public void OnPost(Action send)
    {
        try
        {
            send();
        }
        catch (DomainException refused)
        {
            Message = refused.Message;
        }
    }
}

/// <summary>Breaks it less visibly: a filtered catch of any exception, in an async handler.</summary>
internal sealed class PlantedFilteringPageModel
{
    public string? Message { get; private set; }

    public async Task OnPostAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception failed) when (failed is NotFoundException)
        {
            Message = failed.Message;
        }
    }
}

/// <summary>Keeps it: the one catch redirects instead of showing the error, and says why.</summary>
internal sealed class PlantedExcusedPageModel
{
    public string Location { get; private set; } = "/";

    [HandlesErrorItself("a thing deleted meanwhile is what the person wanted")]
    public async Task OnPostAsync(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (NotFoundException)
        {
            Location = "/gallery";
        }
    }
}
