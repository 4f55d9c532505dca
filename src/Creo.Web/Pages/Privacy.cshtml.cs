using Creo.Application.Privacy.Contracts;
using Creo.Application.Privacy.GetCurrentPolicy;
using Creo.Infrastructure.Common;
using Creo.Web.Privacy;

namespace Creo.Web.Pages;

public sealed class PrivacyModel(IMediator mediator, IOptions<CreoOptions> options) : PageModel
{
    public PolicyVersionDto Policy { get; private set; } = null!;

    public PolicyDocument Document { get; private set; } = null!;

    public string ContactEmail => options.Value.ContactEmail;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Policy = await mediator.Send(new GetCurrentPolicyQuery(), cancellationToken);
        Document = PolicyDocument.Parse(Policy.Text);
    }
}
