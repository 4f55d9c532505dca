namespace Creo.Application.Common.PersonalData;

/// <summary>
/// A module's rows of one of its tables for a person's data export, streamed (EF's <c>AsAsyncEnumerable</c>, no
/// change tracking) so that a history of any length takes the same memory. Oldest first, as the archive's JSON
/// files hold them; <see cref="NewestFirst"/> is the order <c>index.html</c> shows them to people in.
/// </summary>
public abstract record PersonalDataRowsQuery(Guid UserId, string Table, bool NewestFirst = false) : IStreamQuery<PersonalDataRow>;
