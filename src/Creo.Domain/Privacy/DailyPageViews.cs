namespace Creo.Domain.Privacy;

/// <summary>
/// How often one page was viewed on one day by people who allowed analytics. An anonymous count: it holds no
/// account, address, browser or time of day, so nothing in it leads back to a person. The count only grows, one
/// view at a time, through a single atomic upsert in the database (concurrent views cannot lose one another).
/// </summary>
public sealed class DailyPageViews
{
    private DailyPageViews()
    {
        Page = string.Empty;
    }

    public DateOnly Day { get; private set; }

    /// <summary>One of <see cref="AnalyticsEvents.Pages"/>.</summary>
    public string Page { get; private set; }

    public long Views { get; private set; }
}
