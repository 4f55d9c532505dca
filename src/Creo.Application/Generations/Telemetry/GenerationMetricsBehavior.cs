using Creo.Application.Common.Telemetry;
using Creo.Application.Generations.FinishGeneration;
using Creo.Application.Generations.RecordRunFailure;
using Creo.Application.Generations.SubmitGeneration;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Application.Generations.Telemetry;

/// <summary>
/// Counts generations from the commands that move them, outside their handlers: submitted, succeeded, failed and the
/// run's length, by model. Inside the unit of work, so a count waits for the commit (<see cref="IUnitOfWork.AfterCommit"/>)
/// and a rolled-back command counts nothing.
/// </summary>
internal sealed class GenerationMetricsBehavior<TMessage, TResponse>(CreoMetrics metrics, IUnitOfWork unitOfWork, IServiceProvider services)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // A failure is recorded only by the attempt that ends the generation, so what it was before must be known.
        var wasFinished = message is RecordRunFailureCommand failure && await IsFinishedAsync(failure.GenerationId, cancellationToken);
        var response = await next(message, cancellationToken);
        switch (message)
        {
            case SubmitGenerationCommand submit:
                var modelId = submit.ModelId;
                unitOfWork.AfterCommit(() => metrics.GenerationSubmitted(modelId));
                break;
            case FinishGenerationCommand finish when response is true:
                Record(finish.GenerationId);
                break;
            case RecordRunFailureCommand ended when response is true && !wasFinished:
                Record(ended.GenerationId);
                break;
        }

        return response;
    }

    private async Task<bool> IsFinishedAsync(Guid generationId, CancellationToken cancellationToken)
    {
        var status = await services.GetRequiredService<IGenerationsData>().Generations.AsNoTracking()
            .Where(g => g.Id == generationId).Select(g => (GenerationStatus?)g.Status).FirstOrDefaultAsync(cancellationToken);
        return status is null || status.Value.IsFinal();
    }

    /// <summary>The handler loaded and changed the generation in this scope, so it is read from the change tracker.</summary>
    private void Record(Guid generationId)
    {
        var generation = services.GetRequiredService<IGenerationsData>().Generations.Local.FirstOrDefault(g => g.Id == generationId);
        if (generation is not { IsFinished: true } || generation.Status == GenerationStatus.Canceled)
        {
            return;
        }

        var modelId = generation.ModelId;
        var success = generation.Status == GenerationStatus.Succeeded;
        var runTime = generation is { StartedAt: { } started, CompletedAt: { } completed } ? completed - started : (TimeSpan?)null;
        unitOfWork.AfterCommit(() => metrics.GenerationFinished(modelId, success, runTime));
    }
}
