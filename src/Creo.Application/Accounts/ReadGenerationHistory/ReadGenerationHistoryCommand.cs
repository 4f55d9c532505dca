using Creo.Application.Generations.Contracts;

namespace Creo.Application.Accounts.ReadGenerationHistory;

/// <summary>Support reads what a person generated (never the prompts or the images); audited, and shown to the person.</summary>
public sealed record ReadGenerationHistoryCommand(Guid StaffUserId, Guid UserId, string Reason) : ICommand<IReadOnlyList<GenerationHistoryItemDto>>;
