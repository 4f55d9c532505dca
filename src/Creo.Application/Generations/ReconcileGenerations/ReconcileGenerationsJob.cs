namespace Creo.Application.Generations.ReconcileGenerations;

/// <summary>Finds generations stuck in queued or running (a lost job, a killed worker, a missed webhook) and moves them on.</summary>
public sealed record ReconcileGenerationsJob : IJob
{
    public const string RecurringName = "Reconcile generations stuck in queued or running";
}
