namespace Creo.Application.Common.PersonalData;

/// <summary>
/// One module's share of a person's data export (policy section 07): its tables and the stored files they name.
/// <see cref="Module"/> is the module's schema (<c>generations</c>), the folder its tables take in the archive.
/// </summary>
public sealed record PersonalDataPart(string Module, IReadOnlyList<PersonalDataTable> Tables, IReadOnlyList<PersonalDataFile> Files);
