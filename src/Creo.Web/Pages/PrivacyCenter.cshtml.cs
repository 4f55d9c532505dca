using Creo.Application.Privacy;
using Creo.Application.Privacy.CancelAccountDeletion;
using Creo.Application.Privacy.GetAccountDeletion;
using Creo.Application.Privacy.GetConsents;
using Creo.Application.Privacy.ListDataExports;
using Creo.Application.Privacy.RequestDataExport;
using Creo.Application.Privacy.ListPrivacyRequests;
using Creo.Application.Privacy.RequestAccountDeletion;
using Creo.Application.Privacy.SubmitPrivacyRequest;
using Creo.Application.Privacy.UpdateConsents;
using Creo.Domain.Privacy;
using Creo.Web.Privacy;

namespace Creo.Web.Pages;

/// <summary>
/// The privacy center: every right of policy section 07 in one place — a copy of my data, deleting my account (with
/// its date and a way back), my consents, and my requests. Each form sends the same command as its
/// <c>/api/privacy</c> endpoint and redirects, so a reload never repeats an action. Reachable before onboarding: a
/// person who will not accept the policy can still take their data and leave.
/// </summary>
[Authorize]
public sealed class PrivacyCenterModel(IMediator mediator) : PageModel, IShowsHandlerErrors
{
    public const string ConsentsSaved = "consents-saved";
    public const string RequestSent = "request-sent";
    public const string DeletionCancelled = "deletion-cancelled";
    public const string ExportRequested = "export-requested";

    public static readonly IReadOnlyList<(string Value, string Label, string Hint)> RequestTypes =
    [
        ("access", "Access", "A copy of the data we hold about you"),
        ("correct", "Correct", "Fix something inaccurate"),
        ("delete", "Delete", "Erase your account and data"),
        ("port", "Port", "Your data in a portable format"),
        ("object", "Object", "Object to some processing"),
        ("withdraw", "Withdraw consent", "For something you opted into"),
    ];

    public ConsentsDto Consents { get; private set; } = null!;

    public AccountDeletionDto? Deletion { get; private set; }

    public IReadOnlyList<PrivacyRequestDto> Requests { get; private set; } = [];

    /// <summary>The newest few exports: what can be downloaded now, and what is still being made.</summary>
    public IReadOnlyList<DataExportDto> Exports { get; private set; } = [];

    /// <summary>Why no export was started (too many today), shown in the export section rather than above the page.</summary>
    public string? ExportError => ModelState.ErrorOf(ExportRefused);

    [BindProperty]
    public bool Analytics { get; set; }

    [BindProperty]
    public bool ProductEmails { get; set; }

    [BindProperty]
    public bool ConfirmDeletion { get; set; }

    [BindProperty]
    public string? RequestType { get; set; }

    [BindProperty]
    public string? RequestDetails { get; set; }

    /// <summary>What the last action did, from a fixed list: the query string never puts its own words on the page.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public string? StatusMessage => Done switch
    {
        ConsentsSaved => "Your choices are saved.",
        RequestSent => "Your request is on its way. We reply within 30 days.",
        DeletionCancelled => "Your account is kept. Nothing will be deleted.",
        ExportRequested => ExportNotice(Exports.FirstOrDefault()),
        _ => null,
    };

    /// <summary>
    /// The answer to "prepare a copy" follows the copy itself, not the address: a reload of <c>?done=export-requested</c>
    /// once the archive is built (or failed) must not go on saying it is being prepared.
    /// </summary>
    private static string? ExportNotice(DataExportDto? newest) => newest?.Status switch
    {
        "queued" or "building" => "We are preparing your copy. It usually takes under a minute; we also mail you when it is ready.",
        "ready" => "Your copy is ready: download it below.",
        _ => null,
    };

    /// <summary>What an empty or unknown choice of right says: the options' own labels, as the list shows them.</summary>
    public static string ChooseARight =>
        $"Choose what you would like: {string.Join(", ", RequestTypes.SkipLast(1).Select(t => t.Label))} or {RequestTypes[^1].Label.ToLowerInvariant()}.";

    private const string ExportRefused = "export";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ShowStoredChoices();
    }

    /// <summary>
    /// The boxes show the choices on record. A refused form of another section (deletion unconfirmed, no right chosen)
    /// posts no boxes, which bind as unticked: drawn as they came, they would show analytics switched off, and a
    /// save from that page would switch it off for real.
    /// </summary>
    private void ShowStoredChoices()
    {
        Analytics = Consents.Analytics;
        ProductEmails = Consents.ProductEmails;
        ModelState.Remove(nameof(Analytics));
        ModelState.Remove(nameof(ProductEmails));
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new RequestDataExportCommand(User.UserId()), cancellationToken);
        return Redirect($"/privacy/center?done={ExportRequested}#export");
    }

    public async Task<IActionResult> OnPostConsentsAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(
            new UpdateConsentsCommand(User.UserId(), Analytics, ProductEmails, "privacy-center", Request.SendsGlobalPrivacyControl()), cancellationToken);
        return Redirect($"/privacy/center?done={ConsentsSaved}#consents");
    }

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken cancellationToken)
    {
        // The command's own refusal lists its machine names (the API keeps them); a person picked from labels.
        if (!RequestTypes.Any(t => t.Value == RequestType))
        {
            ModelState.AddModelError(nameof(RequestType), ChooseARight);
            return await ShowErrorsAsync(cancellationToken);
        }

        await mediator.Send(new SubmitPrivacyRequestCommand(User.UserId(), RequestType ?? string.Empty, RequestDetails), cancellationToken);
        return Redirect($"/privacy/center?done={RequestSent}#requests");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!ConfirmDeletion)
        {
            ModelState.AddModelError(nameof(ConfirmDeletion), "Tick the box to confirm that you want your account deleted.");
            return await ShowErrorsAsync(cancellationToken);
        }

        var deletion = await mediator.Send(new RequestAccountDeletionCommand(User.UserId()), cancellationToken);

        // Every session ended with the request, this one included.
        SessionCookie.Clear(HttpContext);
        return Redirect($"/signin?deletion={DisplayTime.IsoDate(deletion.ScheduledFor)}");
    }

    [HandlesErrorItself("a deletion cancelled meanwhile is what the person wanted, not a refusal to show")]
    public async Task<IActionResult> OnPostKeepAccountAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new CancelAccountDeletionCommand(User.UserId()), cancellationToken);
        }
        catch (NotFoundException)
        {
            // Not the filter's job: cancelled meanwhile from another tab, what the person wanted has happened.
        }

        return Redirect($"/privacy/center?done={DeletionCancelled}#deletion");
    }

    private async Task<IActionResult> ShowErrorsAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await ((IShowsHandlerErrors)this).ReloadAsync(cancellationToken);
        return Page();
    }

    string? IShowsHandlerErrors.FieldFor(string commandProperty) => commandProperty switch
    {
        nameof(SubmitPrivacyRequestCommand.Type) => nameof(RequestType),
        nameof(SubmitPrivacyRequestCommand.Details) => nameof(RequestDetails),
        _ => null,
    };

    string? IShowsHandlerErrors.RefusalKey(string code) => code == "export-rate-limited" ? ExportRefused : PageErrors.Form;

    async Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken)
    {
        Done = null;
        await LoadAsync(cancellationToken);
        ShowStoredChoices();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Consents = await mediator.Send(new GetConsentsQuery(userId, Request.SendsGlobalPrivacyControl()), cancellationToken);
        Deletion = await mediator.Send(new GetAccountDeletionQuery(userId), cancellationToken);
        Requests = await mediator.Send(new ListPrivacyRequestsQuery(userId), cancellationToken);
        Exports = [.. (await mediator.Send(new ListDataExportsQuery(userId), cancellationToken)).Take(3)];
    }

    public static string ExportStatusLabel(string status) => status switch
    {
        "queued" or "building" => "Being prepared",
        "ready" => "Ready to download",
        "failed" => "Could not be made; ask again",
        "expired" => "Expired",
        _ => status,
    };

    public static string TypeLabel(string type) => RequestTypes.FirstOrDefault(t => t.Value == type).Label ?? type;

    public static int MaxDetailsLength => PrivacyRequest.MaxDetailsLength;
}
