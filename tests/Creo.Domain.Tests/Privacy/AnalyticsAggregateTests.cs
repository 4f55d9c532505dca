using Creo.Domain.Common;
using Creo.Domain.Privacy;

namespace Creo.Domain.Tests.Privacy;

public sealed class AnalyticsAggregateTests
{
    private static readonly DateOnly Day = new(2026, 11, 24);

    [Theory]
    [InlineData("/studio", "/studio")]
    [InlineData("/Studio/", "/studio")]
    [InlineData("/", "/")]
    [InlineData("/generations/0195f3a4-7c1e-7d2a-9b3c-1a2b3c4d5e6f", "/generations/{id}")]
    [InlineData("/generations/0195f3a47c1e7d2a9b3c1a2b3c4d5e6f", "/generations/{id}")]
    public void A_request_path_counts_as_its_route_never_with_an_id(string path, string page)
    {
        Assert.Equal(page, AnalyticsEvents.PageOf(path));
        Assert.True(AnalyticsEvents.IsKnownPage(page));
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/generations/not-an-id")]
    [InlineData("/hangfire")]
    [InlineData("")]
    [InlineData(null)]
    public void A_path_that_is_not_one_of_the_apps_pages_counts_as_nothing(string? path)
    {
        Assert.Null(AnalyticsEvents.PageOf(path));
    }

    [Fact]
    public void A_usage_row_counts_successes_with_their_credits_and_failures_without()
    {
        var row = DailyUsage.Start(Day, "local-sketch", "free");

        row.CountSucceeded(2);
        row.CountSucceeded(3);
        row.CountFailed();

        Assert.Equal((2, 1, 5L), (row.GenerationsSucceeded, row.GenerationsFailed, row.CreditsSpent));
    }

    [Theory]
    [InlineData("", "free")]
    [InlineData("local-sketch", " ")]
    public void A_usage_row_needs_a_model_and_a_tier(string model, string tier)
    {
        Assert.Throws<DomainException>(() => DailyUsage.Start(Day, model, tier));
    }

    [Fact]
    public void Captured_credits_are_never_negative()
    {
        Assert.Throws<DomainException>(() => DailyUsage.Start(Day, "local-sketch", "free").CountSucceeded(-1));
    }
}
