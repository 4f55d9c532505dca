using Creo.Domain.Common;
using Creo.Domain.Privacy;

namespace Creo.Domain.Tests.Privacy;

public sealed class DataExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.CreateVersion7(Now);

    [Fact]
    public void A_new_export_is_queued_for_its_owner_with_nothing_stored_yet()
    {
        var export = DataExport.Request(Owner, Now);

        Assert.Equal((DataExportStatus.Queued, Owner, Now), (export.Status, export.UserId, export.RequestedAt));
        Assert.True(export.IsPending);
        Assert.Null(export.ObjectKey);
        Assert.Null(export.ExpiresAt);
        Assert.False(export.CanBeDownloadedAt(Now));
    }

    [Fact]
    public void Ids_follow_the_order_exports_were_asked_for()
    {
        var first = DataExport.Request(Owner, Now);
        var second = DataExport.Request(Owner, Now);

        Assert.True(first.Id.CompareTo(second.Id) < 0);
    }

    [Fact]
    public void A_ready_export_is_stored_under_its_owners_prefix_and_downloadable_for_seven_days()
    {
        var export = DataExport.Request(Owner, Now);
        export.StartBuilding();

        export.MarkReady(1234, Now.AddMinutes(2));

        Assert.Equal(DataExportStatus.Ready, export.Status);
        Assert.Equal($"users/{Owner:N}/exports/{export.Id:N}.zip", export.ObjectKey);
        Assert.Equal(1234, export.SizeBytes);
        Assert.Equal(Now.AddMinutes(2), export.CompletedAt);
        Assert.Equal(Now.AddMinutes(2) + TimeSpan.FromDays(7), export.ExpiresAt);
        Assert.True(export.CanBeDownloadedAt(export.ExpiresAt!.Value.AddSeconds(-1)));
        Assert.False(export.CanBeDownloadedAt(export.ExpiresAt.Value));
        Assert.Equal(DataExportStatus.Expired, export.StatusAt(export.ExpiresAt.Value));
    }

    [Fact]
    public void An_interrupted_build_can_start_again()
    {
        var export = DataExport.Request(Owner, Now);
        export.StartBuilding();

        export.StartBuilding();

        Assert.Equal(DataExportStatus.Building, export.Status);
    }

    [Fact]
    public void Only_a_build_in_progress_becomes_ready_and_never_empty()
    {
        var queued = DataExport.Request(Owner, Now);
        var building = DataExport.Request(Owner, Now);
        building.StartBuilding();

        Assert.Equal("export-not-building", Assert.Throws<DomainException>(() => queued.MarkReady(10, Now)).Code);
        Assert.Equal("export-empty", Assert.Throws<DomainException>(() => building.MarkReady(0, Now)).Code);
        building.MarkReady(10, Now);
        Assert.Equal("export-not-building", Assert.Throws<DomainException>(() => building.MarkReady(10, Now)).Code);
    }

    [Fact]
    public void A_finished_export_is_never_built_again_nor_failed()
    {
        var ready = ReadyExport();
        var failed = DataExport.Request(Owner, Now);
        failed.MarkFailed(Now);

        Assert.Equal("export-not-pending", Assert.Throws<DomainException>(ready.StartBuilding).Code);
        Assert.Equal("export-not-pending", Assert.Throws<DomainException>(() => ready.MarkFailed(Now)).Code);
        Assert.Equal("export-not-pending", Assert.Throws<DomainException>(failed.StartBuilding).Code);
        Assert.Equal((DataExportStatus.Failed, Now), (failed.Status, failed.CompletedAt));
        Assert.False(failed.IsPending);
    }

    [Fact]
    public void An_export_expires_only_when_ready_and_past_its_period()
    {
        var ready = ReadyExport();
        var queued = DataExport.Request(Owner, Now);

        Assert.Equal("export-not-expired", Assert.Throws<DomainException>(() => ready.Expire(ready.ExpiresAt!.Value.AddSeconds(-1))).Code);
        Assert.Equal("export-not-ready", Assert.Throws<DomainException>(() => queued.Expire(Now.AddDays(30))).Code);
        ready.Expire(ready.ExpiresAt!.Value);
        Assert.Equal(DataExportStatus.Expired, ready.Status);
        Assert.Equal("export-not-ready", Assert.Throws<DomainException>(() => ready.Expire(Now.AddDays(30))).Code);
        Assert.False(ready.CanBeDownloadedAt(Now));
    }

    [Fact]
    public void An_export_belongs_to_someone()
    {
        Assert.Equal("export-owner-missing", Assert.Throws<DomainException>(() => DataExport.Request(Guid.Empty, Now)).Code);
    }

    private static DataExport ReadyExport()
    {
        var export = DataExport.Request(Owner, Now);
        export.StartBuilding();
        export.MarkReady(100, Now);
        return export;
    }
}
