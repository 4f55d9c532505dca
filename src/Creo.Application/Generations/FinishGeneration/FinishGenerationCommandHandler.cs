using Creo.Application.Credits.CaptureCreditHold;
using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.ReleaseCreditHold;

namespace Creo.Application.Generations.FinishGeneration;

internal sealed class FinishGenerationCommandHandler(IGenerationsData data, IMediator mediator, IObjectStorage storage, TimeProvider clock)
    : ICommandHandler<FinishGenerationCommand, bool>
{
    public async ValueTask<bool> Handle(FinishGenerationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var generation = await data.Generations.Include(g => g.Outputs).FirstOrDefaultAsync(g => g.Id == command.GenerationId, cancellationToken);
        if (generation is null || generation.IsFinished)
        {
            // Canceled or deleted while the provider worked: what we copied must not outlive it.
            if (generation?.Status != GenerationStatus.Succeeded)
            {
                foreach (var output in command.Outputs ?? [])
                {
                    await storage.DeleteAsync(output.StorageKey, cancellationToken);
                }
            }

            return false;
        }

        var holdKey = CreditHoldKeys.ForGeneration(generation.Id);
        if (command.Outputs is { Count: > 0 } outputs)
        {
            generation.Succeed(outputs, now);
            await mediator.Send(new CaptureCreditHoldCommand(holdKey), cancellationToken);
        }
        else
        {
            generation.Fail(command.Error!, now);
            await mediator.Send(new ReleaseCreditHoldCommand(holdKey, "Returned: the generation failed"), cancellationToken);
        }

        return true;
    }
}
