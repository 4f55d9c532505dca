namespace Creo.Application.Accounts.Contracts;

/// <summary>An account to mail: its id (to remember who was told) and its contact.</summary>
public sealed record AccountRecipientDto(Guid UserId, string Email, string? Name);
