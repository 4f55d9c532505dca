using Creo.Application.Billing.GetBillingPlans;
using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.GetCreditBalance;
using Creo.Application.Credits.GetDisputeHold;
using Creo.Application.Generations;
using Creo.Application.Generations.GetGeneration;
using Creo.Application.Generations.ListModels;
using Creo.Application.Generations.QuoteGeneration;
using Creo.Application.Generations.SubmitGeneration;
using Creo.Application.Generations.UploadImage;
using Creo.Domain.Generations;
using Creo.Web.Generations;

namespace Creo.Web.Pages;

/// <summary>
/// The studio: pick a model and its parameters, see the price before paying, submit, follow the run. It sends the
/// same queries and commands as <c>/api/models</c>, <c>/api/uploads</c> and <c>/api/generations</c>, so it works
/// as a plain form; <c>wwwroot/js/studio.js</c> then talks to those endpoints directly for the live price, the
/// upload progress and the live status, without reloading the page.
/// </summary>
[Authorize]
[OnboardingFirst]
[EnableRateLimiting(UploadRateLimit.PolicyName)]
public sealed class StudioModel(IMediator mediator, IServiceScopeFactory scopes) : PageModel, IShowsHandlerErrors
{
    private const string KeyReused = "idempotency-key-reused";

    public IReadOnlyList<ModelDto> Models { get; private set; } = [];

    /// <summary>The model the form is set up for; its limits are the inputs' limits.</summary>
    public ModelDto Chosen { get; private set; } = null!;

    public long Balance { get; private set; }

    /// <summary>Whether credits can be bought here, so a short balance can point to the billing page.</summary>
    public bool CanBuy { get; private set; }

    /// <summary>The price of what the form holds now, or null while the parameters are outside the model's limits.</summary>
    public long? Cost { get; private set; }

    /// <summary>The generation just submitted (or opened from the gallery), shown first and large, above the form.</summary>
    public GenerationDto? Result { get; private set; }

    /// <summary>Each field's first refusal, in the form's order: the summary above the form links to them.</summary>
    public IEnumerable<(string Field, string Message)> FieldErrors =>
        from name in StudioFields.All
        let message = ModelState.ErrorOf(name)
        where message is not null
        select (name, message!);

    /// <summary>Since when a disputed payment holds the account (no generations until support lifts it), or null.</summary>
    public DateTimeOffset? DisputeHoldSince { get; private set; }

    /// <summary>Set when the balance is short: the one refusal that is about the wallet, not a field.</summary>
    public string? PaymentError => ModelState.ErrorOf(StudioFields.Payment);

    /// <summary>A refusal of the whole request; a form sent again with other settings (the back button) gets the studio's own words.</summary>
    public string? FormError => ModelState.ErrorOf(KeyReused) is null
        ? ModelState.FormError()
        : "This form was already used to make a generation with other settings. Check the settings and press Generate to make a new one.";

    public bool HasErrors => FieldErrors.Any() || PaymentError is not null || FormError is not null;

    [BindProperty]
    public string? ModelId { get; set; }

    [BindProperty]
    public string? Prompt { get; set; }

    [BindProperty]
    public int? Width { get; set; }

    [BindProperty]
    public int? Height { get; set; }

    [BindProperty]
    public int? DurationSeconds { get; set; }

    [BindProperty]
    public long? Seed { get; set; }

    /// <summary>An image uploaded by an earlier attempt of this form, so a refused submission need not upload it again.</summary>
    [BindProperty]
    public Guid? SourceImageId { get; set; }

    [BindProperty]
    public IFormFile? SourceImage { get; set; }

    /// <summary>
    /// One key per intended submission, made when the form is drawn. A double click or a resent form carries the
    /// same key, and the API's idempotency turns both into one generation and one hold.
    /// </summary>
    [BindProperty]
    public string? IdempotencyKey { get; set; }

    [BindProperty(SupportsGet = true, Name = "generation")]
    public Guid? GenerationId { get; set; }

    /// <summary>"Use this prompt again": a generation of this person's whose prompt, model and size fill the form.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public Guid? FromId { get; set; }

    /// <summary>How many times a visitor without scripts has asked whether the result is ready.</summary>
    [BindProperty(SupportsGet = true, Name = "check")]
    public int Check { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Models = await mediator.Send(new ListModelsQuery(), cancellationToken);
        if (GenerationId is { } id)
        {
            Result = await FindAsync(id, cancellationToken);
        }

        // Opening a generation sets the form up to make another like it; the seed is left out so it varies. The
        // query is the owner's own, so another person's id finds nothing and fills nothing.
        var reused = FromId is { } fromId ? await FindAsync(fromId, cancellationToken) : null;
        if ((reused ?? Result) is { } earlier)
        {
            ModelId = earlier.ModelId;
            Prompt = earlier.Prompt;
            Width = earlier.Width;
            Height = earlier.Height;
            DurationSeconds = earlier.DurationSeconds;
        }

        // A model whose host is not answering is not offered: the form opens on one that is.
        if (Models.FirstOrDefault(m => m.Id == ModelId) is { Available: false } && Models.FirstOrDefault(m => m.Available) is { } open)
        {
            ModelId = open.Id;
        }

        Choose();
        IdempotencyKey = NewKey();
        await PriceAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Models = await mediator.Send(new ListModelsQuery(), cancellationToken);
        Choose();
        IdempotencyKey = string.IsNullOrWhiteSpace(IdempotencyKey) ? NewKey() : IdempotencyKey;
        if (SourceImage is { Length: > 0 } file && Chosen.Parameters.SourceImage)
        {
            SourceImageId = await UploadAsync(file, cancellationToken);
        }

        if (SourceImageId is not null && !Chosen.Parameters.SourceImage)
        {
            SourceImageId = null;
        }

        var submitted = await RepeatedSubmission.SubmitAsync(
            mediator,
            scopes,
            new SubmitGenerationCommand(
                User.UserId(), Chosen.Id, Prompt ?? string.Empty, Width, Height, IsVideo ? DurationSeconds : null, Seed, SourceImageId, IdempotencyKey),
            cancellationToken);
        return Redirect($"/studio?generation={submitted.Id}#result");
    }

    string? IShowsHandlerErrors.FieldFor(string commandProperty) => StudioFields.For(commandProperty);

    string? IShowsHandlerErrors.RefusalKey(string code) => code switch
    {
        DisputeHolds.ProblemCode => null, // the notice above the form says why; the form keeps what the person typed
        KeyReused => KeyReused,
        _ => StudioFields.ForRefusal(code) ?? PageErrors.Form,
    };

    /// <summary>
    /// The refused form is priced again, keeping what the person typed. A form sent before with other settings made
    /// its generation; a new key lets the changed request make another.
    /// </summary>
    Task IShowsHandlerErrors.ReloadAsync(CancellationToken cancellationToken)
    {
        if (ModelState.ErrorOf(KeyReused) is not null)
        {
            IdempotencyKey = NewKey();
        }

        return PriceAsync(cancellationToken);
    }

    /// <summary>"Check the price" without scripts: the same form, priced, and nothing submitted.</summary>
    public async Task OnPostQuoteAsync(CancellationToken cancellationToken)
    {
        Models = await mediator.Send(new ListModelsQuery(), cancellationToken);
        Choose();
        IdempotencyKey = string.IsNullOrWhiteSpace(IdempotencyKey) ? NewKey() : IdempotencyKey;
        await PriceAsync(cancellationToken);

        // Asked again so that parameters outside the model's limits are shown next to their fields (by the filter).
        Cost ??= (await mediator.Send(new QuoteGenerationQuery(Chosen.Id, Width, Height, DurationSeconds), cancellationToken)).CreditCost;
    }

    public bool IsVideo => Chosen.Kind == "video";

    private void Choose()
    {
        Chosen = Models.FirstOrDefault(m => m.Id == ModelId) ?? Models.FirstOrDefault(m => m.Available) ?? Models[0];
        ModelId = Chosen.Id;
        Width ??= (int?)Chosen.Parameters.Width.Default;
        Height ??= (int?)Chosen.Parameters.Height.Default;
        DurationSeconds = IsVideo ? DurationSeconds ?? (int?)Chosen.Parameters.DurationSeconds?.Default : null;
    }

    /// <summary>The wallet, and the price of what the form holds now (none while the parameters are outside the model's limits).</summary>
    [HandlesErrorItself("parameters outside the model's limits have no price: the form is drawn without one, and Check the price says why")]
    private async Task PriceAsync(CancellationToken cancellationToken)
    {
        Balance = await mediator.Send(new GetCreditBalanceQuery(User.UserId()), cancellationToken);
        DisputeHoldSince = await mediator.Send(new GetDisputeHoldQuery(User.UserId()), cancellationToken);
        CanBuy = (await mediator.Send(new GetBillingPlansQuery(), cancellationToken)).Configured;
        try
        {
            Cost = (await mediator.Send(new QuoteGenerationQuery(Chosen.Id, Width, Height, DurationSeconds), cancellationToken)).CreditCost;
        }
        catch (FluentValidation.ValidationException)
        {
            Cost = null;
        }
        catch (ServiceUnavailableException)
        {
            Cost = null; // the picker says why; the submission is refused with the same words
        }
    }

    private async Task<Guid> UploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length > Upload.MaxBytes)
        {
            throw new InvalidInputException("upload-too-large", "The image is larger than 10 MB. Choose a smaller file.");
        }

        // Decoded before the command's transaction begins, as the API does.
        await using var content = file.OpenReadStream();
        var image = await UploadedImages.SanitizeAsync(HttpContext.RequestServices, content, cancellationToken);
        return (await mediator.Send(new UploadImageCommand(User.UserId(), image), cancellationToken)).Id;
    }

    [HandlesErrorItself("a generation deleted meanwhile leaves the result panel empty; the studio itself still works")]
    private async Task<GenerationDto?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return await mediator.Send(new GetGenerationQuery(User.UserId(), id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
