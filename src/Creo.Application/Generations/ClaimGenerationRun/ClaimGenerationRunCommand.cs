namespace Creo.Application.Generations.ClaimGenerationRun;

/// <summary>
/// Takes a generation's run for this worker. Null when it is finished or another worker holds it, so a job
/// that runs twice does the work once.
/// </summary>
public sealed record ClaimGenerationRunCommand(Guid GenerationId) : ICommand<ClaimedRun?>;
