using Creo.Application.Credits.Contracts;

namespace Creo.Application.Generations;

/// <summary>Builds <see cref="GenerationDto"/>s, with a sealed, expiring link for each output.</summary>
// Not Mapster: each output's URL is sealed and given an expiry, which is work, not copying.
internal sealed class GenerationMapper(IOutputLinks links, IOptions<GenerationsOptions> options, TimeProvider clock)
{
    /// <summary>
    /// URLs expire on a fixed grid, so polling the same generation within one slot gets the same URL and the
    /// browser reuses what it cached; however the slot falls, no URL lives longer than the configured lifetime.
    /// </summary>
    private static readonly TimeSpan Slot = TimeSpan.FromMinutes(10);

    public GenerationDto ToDto(Generation generation, CreditReceiptDto? receipt = null)
    {
        var now = clock.GetUtcNow();
        var slotStart = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % Slot.Ticks), TimeSpan.Zero);
        var expiresAt = slotStart + options.Value.OutputUrlLifetime;
        var outputs = generation.Outputs
            .OrderBy(o => o.Index)
            .Select(o => new GenerationOutputDto(links.Create(generation.Id, o.Index, expiresAt).ToString(), o.ContentType, expiresAt, o.DurationSeconds, o.Width, o.Height))
            .ToList();
        return new GenerationDto(
            generation.Id,
            KebabNames.Of(generation.Status),
            KebabNames.Of(generation.Kind),
            generation.ModelId,
            generation.ModelVersion,
            generation.Prompt,
            new GenerationParametersDto(generation.Width, generation.Height, generation.DurationSeconds, generation.Seed),
            generation.SourceImageId,
            generation.CreatedAt,
            generation.StartedAt,
            generation.CompletedAt,
            generation.Width,
            generation.Height,
            generation.DurationSeconds,
            generation.CreditCost,
            generation.Error,
            outputs,
            receipt,
            generation.QueuePosition);
    }
}
