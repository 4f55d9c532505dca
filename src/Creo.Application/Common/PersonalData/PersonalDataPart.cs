namespace Creo.Application.Common.PersonalData;

/// <summary>
/// One module's share of a person's data export (policy section 07): its tables, each read as a stream of rows
/// through the module's own query, so the privacy module never reads another module's tables and never holds a
/// whole history. <see cref="Module"/> is the module's schema (<c>generations</c>), the folder its tables take.
/// </summary>
public sealed record PersonalDataPart(string Module, IReadOnlyList<PersonalDataTable> Tables);
