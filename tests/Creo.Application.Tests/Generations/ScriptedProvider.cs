using System.Collections.Concurrent;
using Creo.Application.Generations.Providers;
using SkiaSharp;

namespace Creo.Application.Tests.Generations;

/// <summary>
/// A hosted model whose behaviour a test scripts: it may finish at once, keep running until told, fail, or
/// throw. It records what it was sent, so tests can see that the prompt reached it and only it.
/// </summary>
public sealed class ScriptedProvider : IGenerationProvider
{
    public const string ProviderName = "scripted";

    private readonly ConcurrentDictionary<string, ProviderPrediction> predictions = new();

    public string Name => ProviderName;

    /// <summary>How the next started prediction behaves.</summary>
    public ProviderStatus StartWith { get; set; } = ProviderStatus.Succeeded;

    /// <summary>The next this many calls to start or get throw, as a provider that is down would.</summary>
    public int FailuresToThrow { get; set; }

    public ConcurrentQueue<ProviderRequest> Requests { get; } = new();

    /// <summary>Thrown by every start, after it is counted: a host failing for good (<see cref="ProviderFailedException"/>).</summary>
    public Exception? StartThrows { get; set; }

    /// <summary>The error a failed prediction reports (a refusal's <see cref="ProviderRefusal.Code"/>, say).</summary>
    public string FailWith { get; set; } = "The model refused.";

    public ConcurrentQueue<string> Canceled { get; } = new();

    public int Starts => Requests.Count;

    public Task<ProviderPrediction> StartAsync(ProviderRequest request, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        Requests.Enqueue(request);
        if (StartThrows is { } failure)
        {
            throw failure;
        }

        var id = $"p-{request.GenerationId:N}";
        var prediction = StartWith == ProviderStatus.Succeeded
            ? Succeeded(id, request.Width, request.Height)
            : new ProviderPrediction(id, StartWith, [], StartWith == ProviderStatus.Failed ? FailWith : null);
        predictions[id] = prediction;
        return Task.FromResult(prediction);
    }

    public Task<ProviderPrediction> GetAsync(string predictionId, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        return Task.FromResult(predictions[predictionId]);
    }

    public Task CancelAsync(string predictionId, CancellationToken cancellationToken)
    {
        Canceled.Enqueue(predictionId);
        return Task.CompletedTask;
    }

    public Task<Stream> OpenOutputAsync(ProviderOutput output, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new MemoryStream(output.Content!));

    /// <summary>Finishes a prediction that was left running.</summary>
    public void Complete(Guid generationId, int width = 64, int height = 64) =>
        predictions[$"p-{generationId:N}"] = Succeeded($"p-{generationId:N}", width, height);

    public void Fail(Guid generationId, string error) =>
        predictions[$"p-{generationId:N}"] = new ProviderPrediction($"p-{generationId:N}", ProviderStatus.Failed, [], error);

    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.MediumPurple);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private static ProviderPrediction Succeeded(string id, int width, int height) =>
        new(id, ProviderStatus.Succeeded, [new ProviderOutput("image/png", Content: Png(Math.Min(width, 64), Math.Min(height, 64)))], null);

    private void ThrowIfFailing()
    {
        if (FailuresToThrow > 0)
        {
            FailuresToThrow--;
            throw new HttpRequestException("The provider answered 503.");
        }
    }
}
