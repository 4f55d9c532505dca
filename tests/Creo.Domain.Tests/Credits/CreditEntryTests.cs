using Creo.Domain.Common;
using Creo.Domain.Credits;

namespace Creo.Domain.Tests.Credits;

public sealed class CreditEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid User = Guid.CreateVersion7();

    [Fact]
    public void A_hold_debits_and_its_capture_and_release_share_one_settlement_key()
    {
        var hold = CreditEntry.Hold(User, 5, "generation:abc", null, "held", Now);

        var capture = CreditEntry.Capture(hold, Now);
        var release = CreditEntry.Release(hold, "failed", Now);

        Assert.Equal((-5L, 0L, 5L), (hold.Amount, capture.Amount, release.Amount));
        Assert.Equal("hold:generation:abc", hold.SourceKey);
        Assert.Equal(capture.SourceKey, release.SourceKey);
    }

    [Fact]
    public void Only_a_hold_can_be_settled()
    {
        var grant = CreditEntry.Grant(User, CreditEntryKind.StarterGrant, 50, "Starter credits", CreditSourceKeys.StarterGrantOf(User), Now);

        Assert.Equal("not-a-hold", Assert.Throws<DomainException>(() => CreditEntry.Capture(grant, Now)).Code);
    }

    [Fact]
    public void Amounts_must_be_positive_and_adjustments_need_a_reason()
    {
        Assert.Equal("amount-not-positive", Assert.Throws<DomainException>(() => CreditEntry.Hold(User, 0, "k", null, "held", Now)).Code);
        Assert.Equal("adjustment-zero", Assert.Throws<DomainException>(() => CreditEntry.Adjust(User, 0, "why", "adj:1", Now)).Code);
        Assert.Equal("adjustment-needs-reason", Assert.Throws<DomainException>(() => CreditEntry.Adjust(User, 5, " ", "adj:1", Now)).Code);
        Assert.Equal(-7, CreditEntry.Adjust(User, -7, "refund of a duplicate", "adj:2", Now).Amount);
    }

    [Fact]
    public void A_grant_cannot_pose_as_a_hold()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditEntry.Grant(User, CreditEntryKind.Hold, 5, "no", "k", Now));
    }
}
