using Creo.Application.Credits.Contracts;
using Creo.Application.Credits.ReleaseCreditHold;

namespace Creo.Application.Generations.RecordRunFailure;

internal sealed class RecordRunFailureCommandHandler(IGenerationsData data, IMediator mediator, IOptions<GenerationsOptions> options, TimeProvider clock)
    : ICommandHandler<RecordRunFailureCommand, bool>
{
    public async ValueTask<bool> Handle(RecordRunFailureCommand command, CancellationToken cancellationToken)
    {
        var generation = await data.Generations.FirstOrDefaultAsync(g => g.Id == command.GenerationId, cancellationToken);
        if (generation is null || generation.IsFinished)
        {
            return true;
        }

        if (generation.Attempts < options.Value.MaxAttempts)
        {
            generation.ReleaseClaim();
            return false;
        }

        // The person sees this message; the cause stays in our logs, which never hold the prompt.
        generation.Fail("The model provider kept failing; your credits were returned.", clock.GetUtcNow());
        await mediator.Send(new ReleaseCreditHoldCommand(CreditHoldKeys.ForGeneration(generation.Id), "Returned: the generation failed"), cancellationToken);
        return true;
    }
}
