
namespace Creo.Application.Credits.ExportCreditsData;

/// <summary>The credits part of a person's data export: the account's balance and every ledger entry.</summary>
public sealed record ExportCreditsDataQuery(Guid UserId) : IQuery<PersonalDataPart>;
