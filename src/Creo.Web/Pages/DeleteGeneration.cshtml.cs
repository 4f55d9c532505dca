using Creo.Application.Generations;
using Creo.Application.Generations.DeleteGeneration;
using Creo.Application.Generations.GetGeneration;

namespace Creo.Web.Pages;

/// <summary>
/// Asks before deleting, for visitors without scripts (with them, the gallery and detail pages ask in a dialog
/// and call <c>DELETE /api/generations/{id}</c>). The form sends the same command as that endpoint.
/// </summary>
[Authorize]
[OnboardingFirst]
public sealed class DeleteGenerationModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public GenerationDto Generation { get; private set; } = null!;

    [HandlesErrorItself("a generation that is not there has nothing to ask about: back to the gallery")]
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Generation = await mediator.Send(new GetGenerationQuery(User.UserId(), Id), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            // Not the filter's job: deleted meanwhile or never there, the gallery is where the person was going.
            return Redirect("/gallery");
        }
    }

    [HandlesErrorItself("a generation deleted meanwhile is what the person wanted: on to the gallery as after a delete")]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new DeleteGenerationCommand(User.UserId(), Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            // Not the filter's job: deleted meanwhile (another tab, a double click): what the person wanted has happened.
        }

        return Redirect($"/gallery?done={GalleryModel.Deleted}");
    }
}
