using Creo.Application.Generations.Contracts;

namespace Creo.Application.Generations.ExportGenerationsData;

/// <summary>
/// Every stored value of the person's generations, outputs and uploads (not the request hash), row by row, and the
/// media files they name. Newest first, a generation also carries its outputs (index, key, type, archive path), so
/// the page's gallery can show each one's picture without holding every output of the history.
/// </summary>
internal sealed class ExportGenerationsDataRowsQueryHandler(IGenerationsData data) : IStreamQueryHandler<ExportGenerationsDataRowsQuery, PersonalDataRow>
{
    public IAsyncEnumerable<PersonalDataRow> Handle(ExportGenerationsDataRowsQuery query, CancellationToken cancellationToken) => query.Table switch
    {
        "generations" when query.NewestFirst => GalleryRows(query.UserId, cancellationToken),
        "generations" => PersonalDataStream.Rows(
            data.Generations.Where(g => g.UserId == query.UserId).OrderBy(g => g.Id).Select(g => new
            {
                g.Id, g.UserId, g.ModelId, g.ModelVersion, g.Provider, g.Kind, g.Prompt, g.Width, g.Height, g.DurationSeconds,
                g.Seed, g.SourceImageId, g.CreditCost, g.Status, g.IdempotencyKey, g.ProviderPredictionId, g.Attempts,
                g.ClaimedUntil, g.CreatedAt, g.StartedAt, g.CompletedAt, g.Error, g.Version,
                g.QueuePosition,
            }),
            null,
            cancellationToken),
        "generation_outputs" => PersonalDataStream.Rows(
            Outputs(query.UserId, query.NewestFirst)
                .Select(o => new { o.Id, o.GenerationId, o.Index, o.StorageKey, o.ContentType, o.SizeBytes, o.DurationSeconds, o.Width, o.Height }),
            o => [OutputFile(o.GenerationId, o.StorageKey)],
            cancellationToken),
        "uploads" => PersonalDataStream.Rows(
            data.Uploads.Where(u => u.UserId == query.UserId).Ordered(u => u.Id, query.NewestFirst)
                .Select(u => new { u.Id, u.UserId, u.StorageKey, u.ContentType, u.Width, u.Height, u.SizeBytes, u.CreatedAt }),
            u => [UploadFile(u.StorageKey)],
            cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.Table, "No such generations table."),
    };

    private IQueryable<GenerationOutput> Outputs(Guid userId, bool newestFirst)
    {
        var outputs = data.GenerationOutputs.Where(o => data.Generations.Any(g => g.Id == o.GenerationId && g.UserId == userId));
        return (newestFirst ? outputs.OrderByDescending(o => o.GenerationId) : outputs.OrderBy(o => o.GenerationId)).ThenBy(o => o.Index);
    }

    /// <summary>Newest first, each generation with its outputs: one query, read as it goes (EF shapes the join while streaming).</summary>
    private async IAsyncEnumerable<PersonalDataRow> GalleryRows(Guid userId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = data.Generations.AsNoTracking().Where(g => g.UserId == userId).OrderByDescending(g => g.Id)
            .Select(g => new
            {
                g.Id, g.ModelId, g.Prompt, g.Width, g.Height, g.Status, g.CreatedAt,
                Outputs = data.GenerationOutputs.Where(o => o.GenerationId == g.Id).OrderBy(o => o.Index)
                    .Select(o => new { o.Index, o.StorageKey, o.ContentType, o.DurationSeconds, o.Width, o.Height }).ToList(),
            });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new PersonalDataRow(row, [.. row.Outputs.Select(o => OutputFile(row.Id, o.StorageKey))]);
        }
    }

    private static PersonalDataFile OutputFile(Guid generationId, string storageKey) =>
        new(storageKey, $"media/generations/{generationId:N}/{FileNameOf(storageKey)}");

    private static PersonalDataFile UploadFile(string storageKey) => new(storageKey, $"media/uploads/{FileNameOf(storageKey)}");

    private static string FileNameOf(string storageKey) => storageKey[(storageKey.LastIndexOf('/') + 1)..];
}
