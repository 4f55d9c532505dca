namespace Creo.Domain.Generations;

public static class GenerationStatuses
{
    /// <summary>Succeeded, failed or canceled: nothing will change it again.</summary>
    public static bool IsFinal(this GenerationStatus status) =>
        status is GenerationStatus.Succeeded or GenerationStatus.Failed or GenerationStatus.Canceled;
}
