using System.IO.Compression;
using Creo.Application.Accounts.StartEmailSignIn;
using Creo.Application.Accounts.VerifyEmailSignIn;
using Creo.Application.Common.Jobs;
using Creo.Application.Common.Ports;
using Creo.Application.Generations.RunGeneration;
using Creo.Application.Generations.SubmitGeneration;
using Creo.Application.Privacy.BuildDataExport;
using Creo.Application.Privacy.RequestDataExport;
using Creo.Application.Tests.Generations;
using Creo.Domain.Accounts;
using Creo.Domain.Privacy;
using Creo.Infrastructure.Common;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Creo.Application.Tests.Privacy;

/// <summary>
/// Data exports on a real database and the real (file-system) storage, with real people who signed in and made
/// things with the local model. Jobs are recorded, so each test runs them itself; every log line is kept.
/// </summary>
public abstract class DataExportTestBase(DatabaseProvider provider) : IAsyncLifetime
{
    private CreoServices? app;

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected static ClientInfo Laptop { get; } = new("203.0.113.7", "Laptop browser", "fingerprint-laptop");

    protected CreoServices App => app ?? throw new InvalidOperationException("Not started.");

    protected DatabaseProvider Provider { get; } = provider;

    protected RecordingJobScheduler Jobs { get; } = new();

    protected CapturedLogs Logs { get; } = new();

    protected SwitchableStorage Storage => (SwitchableStorage)App.Provider.GetRequiredService<IObjectStorage>();

    public async ValueTask InitializeAsync() => app = await CreoServices.StartAsync(Provider, configureServices: services =>
    {
        services.RemoveAll<IJobScheduler>();
        services.AddSingleton<IJobScheduler>(Jobs);
        services.AddSingleton<ILoggerProvider>(Logs);
        var original = services.Last(d => d.ServiceType == typeof(IObjectStorage));
        services.Remove(original);
        services.AddSingleton<IObjectStorage>(sp => new SwitchableStorage((IObjectStorage)original.ImplementationFactory!(sp)));
    });

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>Signs a person in by an emailed link, as the sign-in page does; returns their account id.</summary>
    protected async Task<Guid> PersonAsync(string email)
    {
        await App.SendAsync(new StartEmailSignInCommand(email, "https://creo.test"), Cancel);
        var signedIn = await App.SendAsync(new VerifyEmailSignInCommand(Mailbox.LatestSignInToken(App.DataDirectory, email), Laptop), Cancel);
        return signedIn.UserId;
    }

    /// <summary>Makes one image with the local model and runs it to the end.</summary>
    protected async Task<Guid> GenerateAsync(Guid user, string prompt, Guid? sourceImageId = null)
    {
        var submitted = await App.SendAsync(new SubmitGenerationCommand(user, "local-sketch", prompt, 256, 256, null, 7, sourceImageId, null), Cancel);
        await App.RunJobAsync(new RunGenerationJob(submitted.Id), Cancel);
        return submitted.Id;
    }

    protected async Task<Guid> RequestExportAsync(Guid user) => (await App.SendAsync(new RequestDataExportCommand(user), Cancel)).Id;

    protected Task BuildAsync(Guid exportId) => App.RunJobAsync(new BuildDataExportJob(exportId), Cancel);

    protected async Task<DataExport> ExportAsync(Guid exportId)
    {
        await using var db = App.Database.CreateContext();
        return await db.DataExports.AsNoTracking().SingleAsync(e => e.Id == exportId, Cancel);
    }

    protected async Task<byte[]?> StoredBytesAsync(string key)
    {
        await using var stored = await Storage.OpenReadAsync(key, Cancel);
        if (stored is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await stored.Content.CopyToAsync(copy, Cancel);
        return copy.ToArray();
    }

    /// <summary>The archive of a ready export, read straight from storage.</summary>
    protected async Task<ZipArchive> ArchiveAsync(Guid exportId)
    {
        var export = await ExportAsync(exportId);
        Assert.Equal(DataExportStatus.Ready, export.Status);
        var bytes = await StoredBytesAsync(export.ObjectKey!) ?? throw new InvalidOperationException($"No archive at {export.ObjectKey}.");
        return new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
    }

    protected static async Task<string> ReadTextAsync(ZipArchive archive, string path)
    {
        var entry = archive.GetEntry(path) ?? throw new InvalidOperationException($"The archive has no {path}; it has {string.Join(", ", archive.Entries.Select(e => e.FullName))}.");
        await using var stream = await entry.OpenAsync(Cancel);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(Cancel);
    }
}
