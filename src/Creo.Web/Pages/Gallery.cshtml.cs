using Creo.Application.Common.Paging;
using Creo.Application.Generations;
using Creo.Application.Generations.ListGenerations;

namespace Creo.Web.Pages;

/// <summary>
/// Everything the person has made, newest first, through the same query as <c>GET /api/generations</c>. "Load
/// more" is a link to the next keyset page, so it works without scripts; <c>wwwroot/js/gallery.js</c> fetches
/// that page instead and appends its cards in place.
/// </summary>
[Authorize]
[OnboardingFirst]
public sealed class GalleryModel(IMediator mediator) : PageModel
{
    public const string Deleted = "deleted";

    /// <summary>A multiple of two, three and four, so every row of the grid is full on every screen.</summary>
    private const int PageSize = 24;

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public Page<GenerationDto> Generations { get; private set; } = new([], null);

    /// <summary>What the last action did, from a fixed list: the query string never puts its own words on the page.</summary>
    public string? StatusMessage => Done == Deleted ? "The generation is deleted." : null;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Generations = await mediator.Send(new ListGenerationsQuery(User.UserId(), PageSize, Cursor), cancellationToken);
}
