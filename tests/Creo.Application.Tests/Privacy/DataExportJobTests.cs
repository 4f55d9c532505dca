using Creo.Application.Privacy.ErasePrivacyRecords;
using System.IO.Compression;
using System.Security.Cryptography;
using Creo.Application.Common.Errors;
using Creo.Application.Privacy.MailDataExportReady;
using Creo.Application.Privacy.RequestDataExport;
using Creo.Application.Privacy.StartDataExportBuild;
using Creo.Application.Privacy.BuildDataExport;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Creo.Application.Tests.Privacy;

/// <summary>Asking for an export and the job that builds it: once per request, idempotent, and honest about failure.</summary>
public abstract class DataExportJobTests(DatabaseProvider provider) : DataExportTestBase(provider)
{
    [Fact]
    public async Task Asking_again_while_an_export_is_queued_or_building_returns_it_and_starts_nothing_new()
    {
        var user = await PersonAsync("ada@example.com");

        var first = await RequestExportAsync(user);
        var again = await RequestExportAsync(user);
        await App.SendAsync(new StartDataExportBuildCommand(first), Cancel);
        var whileBuilding = await RequestExportAsync(user);

        Assert.Equal(first, again);
        Assert.Equal(first, whileBuilding);
        Assert.Equal([first], Jobs.EnqueuedOf<BuildDataExportJob>().Select(j => j.ExportId));
        await BuildAsync(first);
        var next = await RequestExportAsync(user);
        Assert.NotEqual(first, next);
        Assert.Equal([first, next], Jobs.EnqueuedOf<BuildDataExportJob>().Select(j => j.ExportId));
    }

    [Fact]
    public async Task Asking_many_times_at_once_makes_one_export()
    {
        var user = await PersonAsync("ada@example.com");

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RequestExportAsync(user)));

        Assert.Single(ids.Distinct());
        Assert.Equal([ids[0]], Jobs.EnqueuedOf<BuildDataExportJob>().Select(j => j.ExportId));
    }

    [Fact]
    public async Task One_persons_pending_export_is_not_anothers()
    {
        var ada = await PersonAsync("ada@example.com");
        var grace = await PersonAsync("grace@example.com");

        Assert.NotEqual(await RequestExportAsync(ada), await RequestExportAsync(grace));
    }

    [Fact]
    public async Task The_database_allows_one_pending_export_per_person()
    {
        var user = await PersonAsync("ada@example.com");
        await RequestExportAsync(user);

        await using var db = App.Database.CreateContext();
        db.DataExports.Add(DataExport.Request(user, App.Clock.GetUtcNow()));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task More_than_five_exports_a_day_are_refused()
    {
        var user = await PersonAsync("ada@example.com");
        for (var i = 0; i < 5; i++)
        {
            await BuildAsync(await RequestExportAsync(user));
        }

        var refused = await Assert.ThrowsAsync<TooManyRequestsException>(() => RequestExportAsync(user));

        Assert.Equal("export-rate-limited", refused.Code);
        App.Clock.Advance(TimeSpan.FromDays(1));
        await RequestExportAsync(user);
    }

    [Fact]
    public async Task Running_the_job_again_leaves_a_ready_export_and_its_archive_alone()
    {
        var user = await PersonAsync("ada@example.com");
        await GenerateAsync(user, "a lighthouse at dusk");
        var id = await RequestExportAsync(user);
        await BuildAsync(id);
        var built = await ExportAsync(id);
        var archive = SHA256.HashData((await StoredBytesAsync(built.ObjectKey!))!);

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await GenerateAsync(user, "something new since");
        await BuildAsync(id);

        var after = await ExportAsync(id);
        Assert.Equal((DataExportStatus.Ready, built.CompletedAt, built.ExpiresAt, built.SizeBytes), (after.Status, after.CompletedAt, after.ExpiresAt, after.SizeBytes));
        Assert.Equal(archive, SHA256.HashData((await StoredBytesAsync(after.ObjectKey!))!));
        Assert.Equal([id], Jobs.EnqueuedOf<MailDataExportReadyJob>().Select(j => j.ExportId));
    }

    [Fact]
    public async Task A_build_interrupted_by_a_crash_is_rebuilt_over_the_same_key()
    {
        var user = await PersonAsync("ada@example.com");
        var id = await RequestExportAsync(user);
        var build = await App.SendAsync(new StartDataExportBuildCommand(id), Cancel);
        using (var halfWritten = new MemoryStream([0x50, 0x4B, 0x03]))
        {
            await Storage.PutAsync(build!.ObjectKey, halfWritten, "application/zip", Cancel);
        }

        await BuildAsync(id);

        var export = await ExportAsync(id);
        Assert.Equal((DataExportStatus.Ready, build.ObjectKey), (export.Status, export.ObjectKey));
        var bytes = (await StoredBytesAsync(build.ObjectKey))!;
        Assert.Equal(export.SizeBytes, bytes.LongLength);
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.NotNull(archive.GetEntry("accounts/users.json"));
    }

    [Fact]
    public async Task A_failing_build_marks_the_export_failed_and_logs_nothing_about_the_person()
    {
        var user = await PersonAsync("canary-7f3a@example.com");
        await GenerateAsync(user, "canary prompt 7f3a");
        var id = await RequestExportAsync(user);
        Storage.FailWrites = true;
        var logged = Logs.Lines.Count;

        await BuildAsync(id);

        var export = await ExportAsync(id);
        Assert.Equal(DataExportStatus.Failed, export.Status);
        Assert.Null(export.ObjectKey);
        Assert.Empty(Jobs.EnqueuedOf<MailDataExportReadyJob>());
        Assert.True(Logs.Contain($"Building data export {id} failed with IOException"), "The failure is logged by export id and exception type.");
        Assert.DoesNotContain(Logs.Lines.Skip(logged), line => line.Contains("7f3a", StringComparison.Ordinal) || line.Contains("Storage is unavailable", StringComparison.Ordinal));
        Storage.FailWrites = false;
        Assert.NotEqual(id, await RequestExportAsync(user));
    }

    [Fact]
    public async Task An_export_erased_while_it_was_built_leaves_no_archive_behind()
    {
        var user = await PersonAsync("ada@example.com");
        var id = await RequestExportAsync(user);
        Storage.BeforeWrite = async key =>
        {
            Storage.BeforeWrite = null;
            await App.SendAsync(new ErasePrivacyRecordsCommand(user), Cancel);
        };

        await BuildAsync(id);

        Assert.Null(Storage.BeforeWrite);
        Assert.Empty(await Storage.ListAsync($"users/{user:N}/exports/", Cancel));
        Assert.Empty(Jobs.EnqueuedOf<MailDataExportReadyJob>());
    }

    [Fact]
    public async Task Erasing_privacy_records_removes_the_persons_exports_and_nobody_elses()
    {
        var ada = await PersonAsync("ada@example.com");
        var grace = await PersonAsync("grace@example.com");
        await BuildAsync(await RequestExportAsync(ada));
        await RequestExportAsync(ada);
        var kept = await RequestExportAsync(grace);

        var erased = await App.SendAsync(new ErasePrivacyRecordsCommand(ada), Cancel);

        Assert.Equal(2, erased);
        await using var db = App.Database.CreateContext();
        Assert.Equal([kept], await db.DataExports.Select(e => e.Id).ToListAsync(Cancel));
    }
}

public sealed class SqliteDataExportJobTests() : DataExportJobTests(DatabaseProvider.Sqlite);

public sealed class PostgresDataExportJobTests() : DataExportJobTests(DatabaseProvider.Postgres);
