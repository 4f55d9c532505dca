namespace Creo.Domain.Generations;

public enum GenerationStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Canceled,
}
