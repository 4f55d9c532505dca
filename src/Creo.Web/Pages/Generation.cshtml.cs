using Creo.Application.Generations;
using Creo.Application.Generations.CancelGeneration;
using Creo.Application.Generations.GetGeneration;
using Creo.Application.Generations.ListModels;

namespace Creo.Web.Pages;

/// <summary>
/// One generation: the media, what it was asked for, and its credit receipt, through the same query as
/// <c>GET /api/generations/{id}</c>. Cancel is a form (the same command as the cancel endpoint);
/// <c>wwwroot/js/generation.js</c> follows a pending run and redraws the page when it ends.
/// </summary>
[Authorize]
[OnboardingFirst]
public sealed class GenerationModel(IMediator mediator) : PageModel, IShowsHandlerErrors
{
    public const string Canceled = "canceled";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Null when there is no such generation for this person (never made, deleted, or someone else's).</summary>
    public GenerationDto? Generation { get; private set; }

    /// <summary>The model's name, or its id when the catalog no longer offers it.</summary>
    public string ModelName { get; private set; } = string.Empty;

    /// <summary>Why the cancel was refused: it finished between the page being drawn and the click.</summary>
    public string? FormError => ModelState.FormError();

    public string? StatusMessage => Done == Canceled && FormError is null ? "The generation is canceled and its credits are back in your balance." : null;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new CancelGenerationCommand(User.UserId(), Id), cancellationToken);
        return Redirect($"/generations/{Id}?done={Canceled}");
    }

    string? IShowsHandlerErrors.FieldFor(string commandProperty) => null;

    /// <summary>After a refused cancel the page shows how the generation ended instead (or that it is gone: a 404).</summary>
    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken)
    {
        Done = null;
        return LoadAsync(cancellationToken);
    }

    [HandlesErrorItself("a generation that is not there is a page of its own (also for a plain GET), not a refusal")]
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Generation = await mediator.Send(new GetGenerationQuery(User.UserId(), Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            // Not the filter's job: a generation that is not there is a page of its own (also for a plain GET), not a refusal.
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var models = await mediator.Send(new ListModelsQuery(), cancellationToken);
        ModelName = models.FirstOrDefault(m => m.Id == Generation.ModelId)?.Name ?? Generation.ModelId;
    }
}
