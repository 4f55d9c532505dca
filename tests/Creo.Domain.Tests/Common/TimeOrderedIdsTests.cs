using Creo.Domain.Common;

namespace Creo.Domain.Tests.Common;

public sealed class TimeOrderedIdsTests
{
    [Fact]
    public void Ids_made_in_the_same_millisecond_keep_their_order()
    {
        var now = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

        var ids = Enumerable.Range(0, 5000).Select(_ => TimeOrderedIds.New(now)).ToList();

        Assert.Equal(ids, ids.Order());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Select(id => id.ToString()), ids.Select(id => id.ToString()).Order(StringComparer.Ordinal));
    }

    /// <summary>Ids never go back in time within a process, so this test takes the latest time any test here uses.</summary>
    [Fact]
    public void Ids_are_version_7_and_carry_their_time()
    {
        var now = new DateTimeOffset(2099, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var id = TimeOrderedIds.New(now);

        Assert.Equal(7, id.Version);
        Assert.Equal(now.ToUnixTimeMilliseconds().ToString("x12"), id.ToString("N")[..12]);
    }

    [Fact]
    public void A_later_time_always_sorts_after_an_earlier_one()
    {
        var earlier = TimeOrderedIds.New(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var later = TimeOrderedIds.New(new DateTimeOffset(2031, 1, 1, 0, 0, 1, TimeSpan.Zero));

        Assert.True(earlier.CompareTo(later) < 0);
    }
}
