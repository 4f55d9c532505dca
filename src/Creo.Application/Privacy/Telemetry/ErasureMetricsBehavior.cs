using Creo.Application.Common.Telemetry;
using Creo.Application.Privacy.BeginAccountErasure;
using Creo.Application.Privacy.CompleteAccountErasure;

namespace Creo.Application.Privacy.Telemetry;

/// <summary>
/// Counts erasures as the saga's first step takes them on (due: the grace period is over) and as its last step
/// finishes them; due minus done is the erasures in flight. Counted after the step's commit.
/// </summary>
internal sealed class ErasureMetricsBehavior<TMessage, TResponse>(CreoMetrics metrics, IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (response is not null)
        {
            switch (message)
            {
                case BeginAccountErasureCommand:
                    unitOfWork.AfterCommit(metrics.ErasureDue);
                    break;
                case CompleteAccountErasureCommand:
                    unitOfWork.AfterCommit(metrics.ErasureDone);
                    break;
            }
        }

        return response;
    }
}
