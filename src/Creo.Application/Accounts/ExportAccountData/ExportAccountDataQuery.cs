
namespace Creo.Application.Accounts.ExportAccountData;

/// <summary>The accounts part of a person's data export: profile, sessions, devices, acceptances, security log, sign-in links.</summary>
public sealed record ExportAccountDataQuery(Guid UserId) : IQuery<PersonalDataPart>;

/// <summary>The rows of one of the accounts tables, streamed.</summary>
public sealed record ExportAccountDataRowsQuery(Guid UserId, string Table, bool NewestFirst = false) : PersonalDataRowsQuery(UserId, Table, NewestFirst);
