namespace Creo.Domain.Generations;

/// <summary>
/// One request to a model and what came of it. The prompt lives here and nowhere else we store: logs, job
/// arguments and the ledger refer to the generation by id only.
/// </summary>
public sealed class Generation
{
    public const int MaxPromptLength = 2000;

    public const int MaxErrorLength = 500;

    public const int MaxIdempotencyKeyLength = 200;

    public const long MaxSeed = uint.MaxValue;

    private readonly List<GenerationOutput> outputs = [];

    private Generation()
    {
        ModelId = string.Empty;
        ModelVersion = string.Empty;
        Provider = string.Empty;
        Prompt = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string ModelId { get; private set; }

    public string ModelVersion { get; private set; }

    /// <summary>Which provider runs it ("local", "replicate"), kept so a later catalog change cannot strand it.</summary>
    public string Provider { get; private set; }

    public MediaKind Kind { get; private set; }

    public string Prompt { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public int? DurationSeconds { get; private set; }

    public long Seed { get; private set; }

    public Guid? SourceImageId { get; private set; }

    public long CreditCost { get; private set; }

    public GenerationStatus Status { get; private set; }

    public string? IdempotencyKey { get; private set; }

    /// <summary>A hash of the request, so a reused idempotency key with a different body is refused, not replayed.</summary>
    public string? RequestFingerprint { get; private set; }

    public string? ProviderPredictionId { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>The provider's place for this run in its model's queue while it waits there; null once it runs or ends, or when the provider does not say.</summary>
    public int? QueuePosition { get; private set; }

    /// <summary>A worker owns the run until then; a second worker (a duplicate job) stands back.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Optimistic concurrency: two writers racing on one generation (a webhook and a poll) cannot both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<GenerationOutput> Outputs => outputs;

    public bool IsFinished => Status.IsFinal();

    public static Generation Submit(GenerationRequest request, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.Prompt) || request.Prompt.Length > MaxPromptLength)
        {
            throw new DomainException("prompt-invalid", $"A prompt has 1 to {MaxPromptLength} characters.");
        }

        if (request.CreditCost <= 0)
        {
            throw new DomainException("cost-invalid", "A generation always costs something.");
        }

        return new Generation
        {
            Id = request.Id,
            UserId = request.UserId,
            ModelId = request.ModelId,
            ModelVersion = request.ModelVersion,
            Provider = request.Provider,
            Kind = request.Kind,
            Prompt = request.Prompt,
            Width = request.Width,
            Height = request.Height,
            DurationSeconds = request.DurationSeconds,
            Seed = request.Seed,
            SourceImageId = request.SourceImageId,
            CreditCost = request.CreditCost,
            IdempotencyKey = request.IdempotencyKey,
            RequestFingerprint = request.RequestFingerprint,
            Status = GenerationStatus.Queued,
            CreatedAt = now,
        };
    }

    public static string StoragePrefixOf(Guid userId, Guid generationId) => $"users/{userId:N}/generations/{generationId:N}/";

    public string StoragePrefix => StoragePrefixOf(UserId, Id);

    /// <summary>
    /// Takes the run for one worker until <paramref name="now"/> + <paramref name="lease"/>. Returns false when the
    /// generation is finished or another worker holds an unexpired claim.
    /// </summary>
    public bool TryClaim(DateTimeOffset now, TimeSpan lease)
    {
        if (IsFinished || (ClaimedUntil is { } until && until > now))
        {
            return false;
        }

        Status = GenerationStatus.Running;
        StartedAt ??= now;
        Attempts++;
        ClaimedUntil = now + lease;
        Version++;
        return true;
    }

    /// <summary>Lets go of a claim early (the provider is now working on its own and will call back).</summary>
    public void ReleaseClaim()
    {
        ClaimedUntil = null;
        Version++;
    }

    public void AttachPrediction(string predictionId)
    {
        RequireRunning();
        if (ProviderPredictionId is not null && ProviderPredictionId != predictionId)
        {
            throw new DomainException("prediction-already-attached", "The generation already runs as another prediction.");
        }

        ProviderPredictionId = predictionId;
        Version++;
    }

    /// <summary>
    /// Records where the provider says the run waits. Advisory and written to its own column only, so it does not move
    /// <see cref="Version"/>: a poll noting the queue must never make a webhook's finish lose its race.
    /// </summary>
    public void NoteQueuePosition(int? position)
    {
        if (!IsFinished)
        {
            QueuePosition = position is >= 0 ? position : null;
        }
    }

    public void Succeed(IReadOnlyList<StoredOutput> stored, DateTimeOffset now)
    {
        RequireRunning();
        if (stored.Count == 0)
        {
            throw new DomainException("no-output", "A generation that produced nothing did not succeed.");
        }

        for (var index = 0; index < stored.Count; index++)
        {
            outputs.Add(GenerationOutput.Create(Id, stored[index], index, now));
        }

        Finish(GenerationStatus.Succeeded, null, now);
    }

    public void Fail(string error, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new DomainException("generation-finished", "The generation has already finished.");
        }

        Finish(GenerationStatus.Failed, string.IsNullOrWhiteSpace(error) ? "The model failed." : error, now);
    }

    public void Cancel(DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new DomainException("generation-finished", "The generation has already finished and cannot be canceled.");
        }

        Finish(GenerationStatus.Canceled, null, now);
    }

    private void Finish(GenerationStatus status, string? error, DateTimeOffset now)
    {
        Status = status;
        Error = error is { Length: > MaxErrorLength } ? error[..MaxErrorLength] : error;
        CompletedAt = now;
        ClaimedUntil = null;
        QueuePosition = null;
        Version++;
    }

    private void RequireRunning()
    {
        if (Status != GenerationStatus.Running)
        {
            throw new DomainException("generation-not-running", $"The generation is {Status.ToString().ToLowerInvariant()}, not running.");
        }
    }
}
