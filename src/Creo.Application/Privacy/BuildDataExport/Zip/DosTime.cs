namespace Creo.Application.Privacy.BuildDataExport.Zip;

/// <summary>
/// A ZIP entry's modification time in MS-DOS form (two-second steps, 1980 to 2107, no time zone): the clock time of
/// the given offset, as System.IO.Compression writes it.
/// </summary>
internal readonly record struct DosTime(ushort Time, ushort Date)
{
    public static DosTime From(DateTimeOffset when)
    {
        var t = when.DateTime;
        if (t.Year < 1980)
        {
            return new DosTime(0, (1 << 5) | 1);
        }

        if (t.Year > 2107)
        {
            t = new DateTime(2107, 12, 31, 23, 59, 58);
        }

        return new DosTime(
            (ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)),
            (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
    }
}
