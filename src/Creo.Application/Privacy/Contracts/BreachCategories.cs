using Creo.Domain.Common.PersonalData;

namespace Creo.Application.Privacy.Contracts;

/// <summary>
/// The data categories a breach can involve: those of policy section 02, as the classification names them. A contract:
/// the staff page lists them for the RecordBreach command's input.
/// </summary>
public static class BreachCategories
{
    public static readonly IReadOnlyList<string> All =
        [.. new[] { DataCategory.Account, DataCategory.Usage, DataCategory.Payment, DataCategory.Technical }.Select(c => c.ToString().ToLowerInvariant())];

    public static IReadOnlyList<string> Normalize(IReadOnlyList<string>? categories) =>
        categories is null ? [] : [.. categories.Select(c => c.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];
}
