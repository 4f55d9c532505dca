using Creo.Application.Generations.Thumbnails;

namespace Creo.Application.Generations.GetGenerationThumbnail;

/// <summary>
/// Makes the thumbnail from the first output once (of a video, from a frame of it) and keeps it beside the outputs,
/// under the generation's storage prefix, so deleting or erasing the generation removes it with them; later reads
/// only copy it. A generated video poster (no frame could be taken) is not kept, so a later read tries again.
/// </summary>
internal sealed class GetGenerationThumbnailQueryHandler(
    IGenerationsData data, IObjectStorage storage, IThumbnailMaker maker, IVideoPosterMaker posters, TimeProvider clock)
    : IQueryHandler<GetGenerationThumbnailQuery, Thumbnail>
{
    /// <summary>Twice the widest card on a desktop grid, so it stays sharp on high-density screens.</summary>
    public const int Size = 400;

    public async ValueTask<Thumbnail> Handle(GetGenerationThumbnailQuery query, CancellationToken cancellationToken)
    {
        var output = await FirstOutputAsync(query, cancellationToken) ?? throw new NotFoundException("Thumbnail");
        var key = Generation.StoragePrefixOf(query.UserId, query.GenerationId) + $"thumbnail-{Size}";
        await using (var kept = await storage.OpenReadAsync(key, cancellationToken))
        {
            if (kept is not null)
            {
                using var copy = new MemoryStream();
                await kept.Content.CopyToAsync(copy, cancellationToken);
                return new Thumbnail(copy.ToArray(), kept.ContentType, kept.LastModified ?? clock.GetUtcNow());
            }
        }

        Thumbnail thumbnail;
        await using (var original = await storage.OpenReadAsync(output.StorageKey, cancellationToken) ?? throw new NotFoundException("Thumbnail"))
        {
            thumbnail = output.ContentType.StartsWith("video/", StringComparison.Ordinal)
                ? await posters.MakeAsync(original.Content, Size, cancellationToken)
                : await maker.MakeAsync(original.Content, Size, cancellationToken) ?? throw new NotFoundException("Thumbnail");
        }

        if (thumbnail.Provisional)
        {
            return thumbnail with { LastModified = clock.GetUtcNow() };
        }

        await storage.PutAsync(key, new MemoryStream(thumbnail.Content), thumbnail.ContentType, cancellationToken);

        // Deleted while the thumbnail was being made: its media left storage before this copy arrived, so take it back out.
        if (await FirstOutputAsync(query, cancellationToken) is null)
        {
            await storage.DeleteAsync(key, cancellationToken);
            throw new NotFoundException("Thumbnail");
        }

        return thumbnail with { LastModified = clock.GetUtcNow() };
    }

    private Task<FirstOutput?> FirstOutputAsync(GetGenerationThumbnailQuery query, CancellationToken cancellationToken) =>
        data.GenerationOutputs.AsNoTracking()
            .Where(o => o.GenerationId == query.GenerationId && o.Index == 0 && (o.ContentType.StartsWith("image/") || o.ContentType.StartsWith("video/")))
            .Join(
                data.Generations.Where(g => g.UserId == query.UserId && g.Status == GenerationStatus.Succeeded),
                o => o.GenerationId, g => g.Id, (o, _) => new FirstOutput(o.StorageKey, o.ContentType))
            .FirstOrDefaultAsync(cancellationToken);

    private sealed record FirstOutput(string StorageKey, string ContentType);
}
