namespace Creo.Application.Generations.RecordQueuePosition;

/// <summary>Notes the run's place in its host's queue (null once it runs), so the studio page can show it while the person waits.</summary>
public sealed record RecordQueuePositionCommand(Guid GenerationId, int? QueuePosition) : ICommand;
