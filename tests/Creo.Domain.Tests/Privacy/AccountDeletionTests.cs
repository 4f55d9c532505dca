using Creo.Domain.Common;
using Creo.Domain.Privacy;

namespace Creo.Domain.Tests.Privacy;

public sealed class AccountDeletionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, 500, TimeSpan.Zero);
    private static readonly Guid Person = Guid.CreateVersion7();

    [Fact]
    public void A_deletion_is_scheduled_after_its_grace_in_whole_seconds_and_never_beyond_30_days()
    {
        var deletion = AccountDeletion.Schedule(Person, TimeSpan.FromDays(14), Now);

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 12, 0, 0, TimeSpan.Zero), deletion.ScheduledFor);
        Assert.Throws<ArgumentOutOfRangeException>(() => AccountDeletion.Schedule(Person, TimeSpan.FromDays(31), Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => AccountDeletion.Schedule(Person, TimeSpan.FromDays(-1), Now));
    }

    [Fact]
    public void Erasure_cannot_begin_before_the_date_and_once_begun_the_deletion_cannot_be_cancelled()
    {
        var deletion = AccountDeletion.Schedule(Person, TimeSpan.FromDays(14), Now);

        Assert.Equal("deletion-not-due", Assert.Throws<DomainException>(() => deletion.BeginErasure(Now.AddDays(13))).Code);
        deletion.EnsureCancellable();
        deletion.BeginErasure(Now.AddDays(14));

        Assert.True(deletion.IsErasing);
        Assert.Equal("deletion-in-progress", Assert.Throws<DomainException>(deletion.EnsureCancellable).Code);
    }

    [Fact]
    public void The_receipt_keeps_dates_and_counts_under_the_deletions_id_and_nothing_that_names_the_person()
    {
        var deletion = AccountDeletion.Schedule(Person, TimeSpan.FromDays(14), Now);
        Assert.Equal("deletion-not-started", Assert.Throws<DomainException>(() => deletion.Complete(Summary, Now)).Code);
        deletion.BeginErasure(Now.AddDays(15));

        var receipt = deletion.Complete(Summary, Now.AddDays(15));

        Assert.Equal((deletion.Id, deletion.RequestedAt, 3), (receipt.Id, receipt.RequestedAt, receipt.GenerationObjectsRemoved));
        Assert.DoesNotContain(typeof(ErasureReceipt).GetProperties(), p => p.PropertyType == typeof(Guid) && p.Name != nameof(ErasureReceipt.Id));
        Assert.DoesNotContain(typeof(ErasureReceipt).GetProperties(), p => p.PropertyType == typeof(string));
    }

    private static ErasureSummary Summary => new(1, 1, 3, 4, 5, 6, 7);
}
