
namespace Creo.Application.Privacy.ExportPrivacyData;

/// <summary>
/// The privacy part of a person's data export: consents, privacy requests and earlier exports. The export being
/// built (<paramref name="ExceptExportId"/>) is left out: an archive cannot hold its own final state.
/// </summary>
public sealed record ExportPrivacyDataQuery(Guid UserId, Guid ExceptExportId) : IQuery<PersonalDataPart>;

/// <summary>The rows of one of the privacy tables, streamed (the export being built left out).</summary>
public sealed record ExportPrivacyDataRowsQuery(Guid UserId, Guid ExceptExportId, string Table, bool NewestFirst = false) : PersonalDataRowsQuery(UserId, Table, NewestFirst);
