namespace Creo.Application.Privacy.CompleteAccountErasure;

/// <summary>The saga's last step: the deletion row, the last thing naming the person, becomes a receipt naming no one.</summary>
public sealed record CompleteAccountErasureCommand(Guid DeletionId, ErasureSummary Summary) : ICommand<Guid?>;
