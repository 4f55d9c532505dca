using Creo.Application.Billing.GetBillingPlans;
using Creo.Application.Common.Errors;
using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.GetCreditBalance;
using Creo.Application.Credits.GetDisputeHold;
using Creo.Application.Generations;
using Creo.Application.Generations.GetGeneration;
using Creo.Application.Generations.ListModels;
using Creo.Application.Generations.QuoteGeneration;
using Creo.Application.Generations.SubmitGeneration;
using Creo.Application.Generations.UploadImage;
using Creo.Domain.Common;
using Creo.Domain.Generations;
using Creo.Web.Common;
using Creo.Web.Generations;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

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
public sealed class StudioModel(IMediator mediator, IServiceScopeFactory scopes) : PageModel
{
    private const string KeyInUse = "idempotency-key-in-use";
    private const string KeyReused = "idempotency-key-reused";

    public IReadOnlyList<ModelDto> Models { get; private set; } = [];

    /// <summary>The model the form is set up for; its limits are the inputs' limits.</summary>
    public ModelDto Chosen { get; private set; } = null!;

    public long Balance { get; private set; }

    /// <summary>Whether credits can be bought here, so a short balance can point to the billing page.</summary>
    public bool CanBuy { get; private set; }

    /// <summary>The price of what the form holds now, or null while the parameters are outside the model's limits.</summary>
    public long? Cost { get; private set; }

    /// <summary>The generation just submitted (or opened from the gallery), shown beside the form.</summary>
    public GenerationDto? Result { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Since when a disputed payment holds the account (no generations until support lifts it), or null.</summary>
    public DateTimeOffset? DisputeHoldSince { get; private set; }

    /// <summary>Set when the balance is short: the one refusal that is about the wallet, not a field.</summary>
    public string? PaymentError { get; private set; }

    public string? FormError { get; private set; }

    public bool HasErrors => Errors.Count > 0 || PaymentError is not null || FormError is not null;

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

    /// <summary>How many times a visitor without scripts has asked whether the result is ready.</summary>
    [BindProperty(SupportsGet = true, Name = "check")]
    public int Check { get; set; }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Models = await mediator.Send(new ListModelsQuery(), cancellationToken);
        if (GenerationId is { } id)
        {
            Result = await FindAsync(id, cancellationToken);
        }

        // Opening a generation sets the form up to make another like it; the seed is left out so it varies.
        if (Result is { } earlier)
        {
            ModelId = earlier.ModelId;
            Prompt = earlier.Prompt;
            Width = earlier.Width;
            Height = earlier.Height;
            DurationSeconds = earlier.DurationSeconds;
        }

        Choose();
        IdempotencyKey = NewKey();
        await PriceAsync(reportErrors: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Models = await mediator.Send(new ListModelsQuery(), cancellationToken);
        Choose();
        IdempotencyKey = string.IsNullOrWhiteSpace(IdempotencyKey) ? NewKey() : IdempotencyKey;
        try
        {
            if (SourceImage is { Length: > 0 } file && Chosen.Parameters.SourceImage)
            {
                SourceImageId = await UploadAsync(file, cancellationToken);
            }

            if (SourceImageId is not null && !Chosen.Parameters.SourceImage)
            {
                SourceImageId = null;
            }

            var submitted = await SubmitAsync(
                new SubmitGenerationCommand(
                    User.UserId(), Chosen.Id, Prompt ?? string.Empty, Width, Height, IsVideo ? DurationSeconds : null, Seed, SourceImageId, IdempotencyKey),
                cancellationToken);
            return Redirect($"/studio?generation={submitted.Id}#result");
        }
        catch (ValidationException invalid)
        {
            foreach (var failure in invalid.Errors)
            {
                if (StudioFields.For(failure.PropertyName) is { } field)
                {
                    Errors.TryAdd(field, failure.ErrorMessage);
                }
                else
                {
                    FormError ??= failure.ErrorMessage;
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (InvalidInputException unusable)
        {
            // The only unusable input here is the file: not an image, or one we cannot read.
            Errors[StudioFields.SourceImage] = unusable.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ForbiddenException held) when (held.Code == DisputeHolds.ProblemCode)
        {
            // The notice above the form says why; the form keeps what the person typed.
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        catch (PaymentRequiredException shortOfCredits)
        {
            PaymentError = shortOfCredits.Message;
            Response.StatusCode = StatusCodes.Status402PaymentRequired;
        }
        catch (DomainException reused) when (reused.Code == KeyReused)
        {
            // This form was sent before with other settings (the back button): it made its generation, and a
            // new key lets the changed request make another.
            IdempotencyKey = NewKey();
            FormError = "This form was already used to make a generation with other settings. Check the settings and press Generate to make a new one.";
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (DomainException refused)
        {
            FormError = refused.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await PriceAsync(reportErrors: false, cancellationToken);
        return Page();
    }

    /// <summary>"Check the price" without scripts: the same form, priced, and nothing submitted.</summary>
    public async Task OnPostQuoteAsync(CancellationToken cancellationToken)
    {
        Models = await mediator.Send(new ListModelsQuery(), cancellationToken);
        Choose();
        IdempotencyKey = string.IsNullOrWhiteSpace(IdempotencyKey) ? NewKey() : IdempotencyKey;
        await PriceAsync(reportErrors: true, cancellationToken);
    }

    public bool IsVideo => Chosen.Kind == "video";

    private void Choose()
    {
        Chosen = Models.FirstOrDefault(m => m.Id == ModelId) ?? Models[0];
        ModelId = Chosen.Id;
        Width ??= (int?)Chosen.Parameters.Width.Default;
        Height ??= (int?)Chosen.Parameters.Height.Default;
        DurationSeconds = IsVideo ? DurationSeconds ?? (int?)Chosen.Parameters.DurationSeconds?.Default : null;
    }

    private async Task PriceAsync(bool reportErrors, CancellationToken cancellationToken)
    {
        Balance = await mediator.Send(new GetCreditBalanceQuery(User.UserId()), cancellationToken);
        DisputeHoldSince = await mediator.Send(new GetDisputeHoldQuery(User.UserId()), cancellationToken);
        CanBuy = (await mediator.Send(new GetBillingPlansQuery(), cancellationToken)).Configured;
        try
        {
            Cost = (await mediator.Send(new QuoteGenerationQuery(Chosen.Id, Width, Height, DurationSeconds), cancellationToken)).CreditCost;
        }
        catch (ValidationException invalid) when (reportErrors)
        {
            foreach (var failure in invalid.Errors)
            {
                if (StudioFields.For(failure.PropertyName) is { } field)
                {
                    Errors.TryAdd(field, failure.ErrorMessage);
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (ValidationException)
        {
            Cost = null;
        }
    }

    /// <summary>
    /// A double click sends the form twice with one key. The browser shows only the second answer, so when the
    /// second request finds the first still holding the key, it waits for the first to commit and then answers
    /// with the first's generation. Each retry runs in a scope of its own, as the failed attempt's unit of work
    /// still holds the insert the database refused.
    /// </summary>
    private async Task<SubmittedGenerationDto> SubmitAsync(SubmitGenerationCommand command, CancellationToken cancellationToken)
    {
        try
        {
            return await mediator.Send(command, cancellationToken);
        }
        catch (DomainException inUse) when (inUse.Code == KeyInUse)
        {
        }

        for (var attempt = 1; ; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
            }
            catch (DomainException inUse) when (inUse.Code == KeyInUse && attempt < 8)
            {
            }
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
