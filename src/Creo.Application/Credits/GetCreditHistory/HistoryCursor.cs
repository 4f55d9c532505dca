using System.Globalization;

namespace Creo.Application.Credits.GetCreditHistory;

/// <summary>
/// The history's keyset cursor: the last row's id and the balance before that row, so the next page continues the
/// running balance without summing what came above it. A forged balance could only misstate the forger's own page.
/// </summary>
internal static class HistoryCursor
{
    public static string Of(Guid lastId, long balanceAfter) =>
        string.Create(CultureInfo.InvariantCulture, $"{lastId:N}.{balanceAfter}");

    public static (Guid Id, long BalanceAfter)? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            && Guid.TryParseExact(cursor[..dot], "N", out var id)
            && long.TryParse(cursor[(dot + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var balance)
            ? (id, balance)
            : throw new InvalidInputException("cursor-invalid", "The cursor is not one this page handed out.");
    }
}
