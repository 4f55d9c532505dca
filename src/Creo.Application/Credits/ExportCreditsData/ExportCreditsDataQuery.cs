
namespace Creo.Application.Credits.ExportCreditsData;

/// <summary>The credits part of a person's data export: the account's balance and every ledger entry.</summary>
public sealed record ExportCreditsDataQuery(Guid UserId) : IQuery<PersonalDataPart>;

/// <summary>The rows of one of the credits tables, streamed.</summary>
public sealed record ExportCreditsDataRowsQuery(Guid UserId, string Table, bool NewestFirst = false) : PersonalDataRowsQuery(UserId, Table, NewestFirst);
