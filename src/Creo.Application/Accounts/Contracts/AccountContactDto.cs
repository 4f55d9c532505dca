namespace Creo.Application.Accounts.Contracts;

public sealed record AccountContactDto(string Email, string? Name);
