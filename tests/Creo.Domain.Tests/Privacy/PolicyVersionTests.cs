using Creo.Domain.Common;
using Creo.Domain.Privacy;

namespace Creo.Domain.Tests.Privacy;

public sealed class PolicyVersionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Publishing_keeps_the_text_and_stores_times_in_utc()
    {
        var effective = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(-5));

        var policy = PolicyVersion.Publish(2, effective, material: true, "01 Summary", Now);

        Assert.Equal(2, policy.Version);
        Assert.True(policy.Material);
        Assert.Equal("01 Summary", policy.Text);
        Assert.Equal(TimeSpan.Zero, policy.EffectiveAt.Offset);
        Assert.Equal(effective, policy.EffectiveAt);
        Assert.Equal(Now, policy.PublishedAt);
        Assert.NotEqual(Guid.Empty, policy.Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Versions_start_at_one(int version)
    {
        var error = Assert.Throws<DomainException>(() => PolicyVersion.Publish(version, Now, false, "text", Now));
        Assert.Equal("policy-version-invalid", error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_policy_without_text_cannot_be_published(string text)
    {
        var error = Assert.Throws<DomainException>(() => PolicyVersion.Publish(1, Now, false, text, Now));
        Assert.Equal("policy-text-empty", error.Code);
    }

    [Fact]
    public void A_text_over_the_limit_is_refused()
    {
        var text = new string('x', PolicyVersion.MaxTextLength + 1);

        var error = Assert.Throws<DomainException>(() => PolicyVersion.Publish(1, Now, false, text, Now));
        Assert.Equal("policy-text-too-long", error.Code);
    }
}
