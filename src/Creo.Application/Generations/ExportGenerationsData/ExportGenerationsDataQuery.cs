
namespace Creo.Application.Generations.ExportGenerationsData;

/// <summary>The generations part of a person's data export: prompts and parameters, outputs, uploads, and their media.</summary>
public sealed record ExportGenerationsDataQuery(Guid UserId) : IQuery<PersonalDataPart>;

/// <summary>The rows of one of the generations tables, streamed.</summary>
public sealed record ExportGenerationsDataRowsQuery(Guid UserId, string Table, bool NewestFirst = false) : PersonalDataRowsQuery(UserId, Table, NewestFirst);
