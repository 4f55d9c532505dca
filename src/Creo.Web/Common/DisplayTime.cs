namespace Creo.Web.Common;

/// <summary>
/// How pages write a moment: machine-readable in a <c>&lt;time datetime&gt;</c>, and in UTC for people, since
/// without scripts the page cannot know the reader's time zone and a silent guess would mislead. Tables say
/// "(UTC)" once in the column header and use the short form in their cells.
/// </summary>
public static class DisplayTime
{
    public static string Iso(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTimeOffset moment) => moment.UtcDateTime.ToString("MMM d, yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string ShortDateAndTime(DateTimeOffset moment) => moment.UtcDateTime.ToString("MMM d, yyyy, HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset moment) => moment.UtcDateTime.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
