namespace Creo.Application.Accounts.Contracts;

/// <summary>What erasing the account removed: counts only, for the erasure receipt.</summary>
public sealed record AccountErasureDto(int AccountRecords, int RequestLogEntries);
