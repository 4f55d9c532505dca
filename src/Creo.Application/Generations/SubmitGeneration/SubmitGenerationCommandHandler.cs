using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.PlaceCreditHold;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers.Health;
using Creo.Application.Generations.RunGeneration;
using FluentValidation.Results;

namespace Creo.Application.Generations.SubmitGeneration;

internal sealed class SubmitGenerationCommandHandler(
    IGenerationsData data,
    IModelCatalog catalog,
    IMediator mediator,
    IUnitOfWork unitOfWork,
    IJobScheduler jobs,
    IDatabaseErrors databaseErrors,
    IHostHealth health,
    TimeProvider clock) : ICommandHandler<SubmitGenerationCommand, SubmittedGenerationDto>
{
    public async ValueTask<SubmittedGenerationDto> Handle(SubmitGenerationCommand command, CancellationToken cancellationToken)
    {
        var fingerprint = command.IdempotencyKey is null ? null : RequestFingerprint.Of(command);
        if (command.IdempotencyKey is not null && await FindRetriedAsync(command, fingerprint!, cancellationToken) is { } retried)
        {
            return retried;
        }

        var model = catalog.Find(command.ModelId)
            ?? throw new ValidationException([new ValidationFailure(nameof(command.ModelId), "There is no such model.")]);
        var (width, height, duration) = ModelParameterCheck.Resolve(model, command.Width, command.Height, command.DurationSeconds, command.SourceImageId);

        // Before anything is written or held: a host that is not answering would only fail the run and hand the credits back.
        HostGate.EnsureAvailable(health, model);
        if (command.SourceImageId is { } sourceImageId
            && !await data.Uploads.AnyAsync(u => u.Id == sourceImageId && u.UserId == command.UserId, cancellationToken))
        {
            // Another account's upload reads exactly like a missing one.
            throw new ValidationException([new ValidationFailure(nameof(command.SourceImageId), "You have no upload with this id.")]);
        }

        var now = clock.GetUtcNow();
        var id = TimeOrderedIds.New(now);
        var cost = model.Pricing.CostOf(width, height, duration);
        var generation = Generation.Submit(
            new GenerationRequest(
                id, command.UserId, model.Id, model.Version, model.Provider, model.Kind, command.Prompt, width, height, duration,
                command.Seed ?? Random.Shared.NextInt64(0, Generation.MaxSeed + 1), command.SourceImageId, cost, command.IdempotencyKey, fingerprint),
            now);
        data.Generations.Add(generation);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (databaseErrors.IsViolationOf(exception, GenerationConstraints.UniqueIdempotencyKey))
        {
            throw new DomainException("idempotency-key-in-use", "A request with this Idempotency-Key is being processed; retry it in a moment.");
        }

        // In the same transaction as the generation and its hold (PostgreSQL job storage): all three commit or none
        // does, so no crash leaves a queued generation without its run (README, "Performance").
        await jobs.EnqueueWithCommandAsync(new RunGenerationJob(id), cancellationToken);

        // The hold last: its ledger entry locks the person's account row (the trigger moves the balance) until the
        // commit, and each of that person's concurrent submissions waits for the lock; taken last, it is held for the
        // commit only. A refusal rolls back the generation and the job with it.
        await mediator.Send(new PlaceCreditHoldCommand(command.UserId, cost, CreditHoldKeys.ForGeneration(id), id, $"Held for a {model.Name} generation"), cancellationToken);
        return new SubmittedGenerationDto(id, KebabNames.Of(GenerationStatus.Queued), cost);
    }

    private async Task<SubmittedGenerationDto?> FindRetriedAsync(SubmitGenerationCommand command, string fingerprint, CancellationToken cancellationToken)
    {
        var earlier = await data.Generations.AsNoTracking()
            .Where(g => g.UserId == command.UserId && g.IdempotencyKey == command.IdempotencyKey)
            .Select(g => new { g.Id, g.Status, g.CreditCost, g.RequestFingerprint })
            .FirstOrDefaultAsync(cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        return earlier.RequestFingerprint == fingerprint
            ? new SubmittedGenerationDto(earlier.Id, KebabNames.Of(earlier.Status), earlier.CreditCost)
            : throw new DomainException("idempotency-key-reused", "This Idempotency-Key was used for a different request; use a new key.");
    }
}
