using Creo.Application.Generations.AttachPrediction;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.ClaimGenerationRun;
using Creo.Application.Generations.FinishGeneration;
using Creo.Application.Generations.PollGeneration;
using Creo.Application.Generations.RecordQueuePosition;
using Creo.Application.Generations.Providers;
using Creo.Application.Generations.RecordRunFailure;
using Creo.Application.Generations.Videos;

namespace Creo.Application.Generations;

/// <summary>
/// Drives generations through their provider for the jobs. Every step can run twice or stop halfway: the claim
/// keeps a duplicate run away, outputs are written under fixed keys (a second copy overwrites the first), and
/// finishing is one transaction that captures or releases the hold exactly once.
/// </summary>
internal sealed class GenerationRunner(
    IMediator mediator,
    IGenerationsData data,
    IModelCatalog catalog,
    GenerationProviders providers,
    IObjectStorage storage,
    IJobScheduler jobs,
    IOptions<GenerationsOptions> options,
    TimeProvider clock,
    ILogger<GenerationRunner> logger)
{
    /// <summary>Past its model's run time by this much, a prediction is canceled and its credits returned.</summary>
    private static readonly TimeSpan DeadlineGrace = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan DefaultMaxRunTime = TimeSpan.FromMinutes(10);

    public async Task RunAsync(Guid generationId, CancellationToken cancellationToken)
    {
        ClaimedRun? run;
        try
        {
            run = await mediator.Send(new ClaimGenerationRunCommand(generationId), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return; // Another worker claimed it a moment earlier.
        }

        if (run is null)
        {
            return;
        }

        try
        {
            var provider = providers.For(run.Provider);
            // Only a retry can find outputs an earlier worker stored: the first attempt skips the storage listing.
            if (run.PredictionId is null && run.Attempt > 1 && await KeptOutputs.FindAsync(storage, run.UserId, run.GenerationId, cancellationToken) is { Count: > 0 } kept)
            {
                // A worker died between copying the outputs and finishing: finish from them rather than pay the host again.
                await mediator.Send(new FinishGenerationCommand(run.GenerationId, kept, null), cancellationToken);
                return;
            }

            var prediction = run.PredictionId is null
                ? await provider.StartAsync(await WithSourceImageAsync(run, cancellationToken), cancellationToken)
                : await provider.GetAsync(run.PredictionId, cancellationToken);
            if (await ApplyAsync(run.GenerationId, run.UserId, provider, prediction, cancellationToken))
            {
                return;
            }

            if (run.PredictionId is null)
            {
                await mediator.Send(new AttachPredictionCommand(run.GenerationId, prediction.Id, prediction.QueuePosition), cancellationToken);
            }
            else if (prediction.QueuePosition is not null)
            {
                await mediator.Send(new RecordQueuePositionCommand(run.GenerationId, prediction.QueuePosition), cancellationToken);
            }

            jobs.Schedule(new PollGenerationJob(generationId), clock.GetUtcNow() + options.Value.PollInterval);
        }
        catch (ProviderFailedException failed)
        {
            // For good, not retried: the host may already have billed the call. The type only, as below.
            logger.LogWarning("Run of generation {GenerationId} failed for good with {ExceptionType}", generationId, failed.GetType().Name);
            await mediator.Send(new FinishGenerationCommand(generationId, null, "The model provider failed; your credits were returned."), CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception type only: provider messages are written to never hold the prompt, but logs promise more.
            logger.LogWarning("Run of generation {GenerationId} failed with {ExceptionType}", generationId, exception.GetType().Name);
            if (!await mediator.Send(new RecordRunFailureCommand(generationId), CancellationToken.None))
            {
                throw;
            }
        }
    }

    /// <summary>
    /// Asks the provider where a started run stands and finishes it if it is done, or past its deadline.
    /// Returns false while it is still running.
    /// </summary>
    public async Task<bool> RefreshAsync(Guid generationId, CancellationToken cancellationToken)
    {
        var state = await data.Generations.AsNoTracking()
            .Where(g => g.Id == generationId)
            .Select(g => new { g.UserId, g.Status, g.Provider, g.ProviderPredictionId, g.ModelId, g.StartedAt, g.QueuePosition })
            .FirstOrDefaultAsync(cancellationToken);
        if (state is null || state.Status.IsFinal())
        {
            return true;
        }

        if (state.ProviderPredictionId is null)
        {
            jobs.Enqueue(new RunGeneration.RunGenerationJob(generationId));
            return true;
        }

        var provider = providers.For(state.Provider);
        var prediction = await provider.GetAsync(state.ProviderPredictionId, cancellationToken);
        if (await ApplyAsync(generationId, state.UserId, provider, prediction, cancellationToken))
        {
            return true;
        }

        // The host's queue as the person waits: shown on the studio page until the run starts.
        if (prediction.QueuePosition != state.QueuePosition)
        {
            await mediator.Send(new RecordQueuePositionCommand(generationId, prediction.QueuePosition), cancellationToken);
        }

        var maxRunTime = catalog.Find(state.ModelId)?.MaxRunTime ?? DefaultMaxRunTime;
        if (clock.GetUtcNow() <= (state.StartedAt ?? clock.GetUtcNow()) + maxRunTime + DeadlineGrace)
        {
            return false;
        }

        await provider.CancelAsync(state.ProviderPredictionId, cancellationToken);
        await mediator.Send(new FinishGenerationCommand(generationId, null, "The model took longer than its limit and was stopped; your credits were returned."), cancellationToken);
        return true;
    }

    /// <summary>Finishes the generation when the prediction is done; false while it still runs.</summary>
    private async Task<bool> ApplyAsync(Guid generationId, Guid userId, IGenerationProvider provider, ProviderPrediction prediction, CancellationToken cancellationToken)
    {
        if (!prediction.IsFinished)
        {
            return false;
        }

        if (prediction.Status != ProviderStatus.Succeeded || prediction.Outputs.Count == 0)
        {
            // Not the provider's own words: a model's error may quote its input, and the prompt lives in its own column only.
            var error = prediction.Status == ProviderStatus.Canceled ? "The provider canceled the run."
                : prediction.Error == ProviderRefusal.Code ? ProviderRefusal.Message
                : "The model failed; your credits were returned.";
            await mediator.Send(new FinishGenerationCommand(generationId, null, error), cancellationToken);
            return true;
        }

        var kind = await data.Generations.AsNoTracking().Where(g => g.Id == generationId).Select(g => g.Kind).FirstAsync(cancellationToken);
        var stored = new List<StoredOutput>();
        try
        {
            for (var index = 0; index < prediction.Outputs.Count; index++)
            {
                stored.Add(await CopyOutputAsync(provider, prediction.Outputs[index], kind, Generation.StoragePrefixOf(userId, generationId) + index, cancellationToken));
            }
        }
        catch (OutputRefusedException refused)
        {
            // For good, not retried: the provider would hand us the same thing again. What was copied before goes too.
            logger.LogWarning("Output of generation {GenerationId} refused: {Reason}", generationId, refused.Reason);
            foreach (var output in stored)
            {
                await storage.DeleteAsync(output.StorageKey, CancellationToken.None);
            }

            await mediator.Send(new FinishGenerationCommand(generationId, null, "The model's output could not be accepted; your credits were returned."), cancellationToken);
            return true;
        }

        await mediator.Send(new FinishGenerationCommand(generationId, stored, null), cancellationToken);
        return true;
    }

    /// <summary>
    /// Copies one output into storage, at most <see cref="GenerationsOptions.MaxOutputBytes"/> of it, and only if its
    /// bytes are what the model makes (<see cref="OutputAcceptance"/>); it is stored and later served under the type its content shows.
    /// </summary>
    private async Task<StoredOutput> CopyOutputAsync(IGenerationProvider provider, ProviderOutput output, MediaKind kind, string keyWithoutExtension, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxOutputBytes;

        // Buffered so the length is known and a broken download never leaves half an object behind; read one byte past
        // the limit at most, so an endless body costs no more than that.
        using var buffer = new MemoryStream();
        await using (var source = await provider.OpenOutputAsync(output, cancellationToken))
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length)), cancellationToken)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    throw new OutputRefusedException("larger than Generation__MaxOutputBytes");
                }
            }
        }

        var (contentType, video) = OutputAcceptance.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), kind);
        var key = keyWithoutExtension + OutputExtensions.For(contentType);
        buffer.Position = 0;
        await storage.PutAsync(key, buffer, contentType, cancellationToken);
        return new StoredOutput(key, contentType, buffer.Length, video);
    }

    private async Task<ProviderRequest> WithSourceImageAsync(ClaimedRun run, CancellationToken cancellationToken)
    {
        if (run.SourceImageKey is null)
        {
            return run.Request;
        }

        await using var stored = await storage.OpenReadAsync(run.SourceImageKey, cancellationToken)
            ?? throw new InvalidOperationException("The source image of this generation is gone from storage.");
        using var buffer = new MemoryStream();
        await stored.Content.CopyToAsync(buffer, cancellationToken);
        return run.Request with { SourceImage = new ProviderSourceImage(buffer.ToArray(), stored.ContentType) };
    }
}
