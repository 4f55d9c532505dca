namespace Creo.Application.Common.Paging;

/// <summary>
/// Keyset cursors: the id of the last row of a page. Ids are version-7 GUIDs, ordered by creation time, so
/// "older than this id" seeks an index instead of counting past earlier pages — page 1,000 costs what page 1 does.
/// </summary>
public static class Cursor
{
    public const int DefaultLimit = 20;

    public const int MaxLimit = 100;

    public static string Of(Guid id) => id.ToString("N");

    public static Guid? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        return Guid.TryParseExact(cursor, "N", out var id)
            ? id
            : throw new InvalidInputException("cursor-invalid", "The cursor is not one this API handed out.");
    }

    public static int Limit(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);
}
