using Creo.Application.Generations.Contracts;

namespace Creo.Application.Generations.ExportGenerationsData;

/// <summary>Every stored value of the person's generations, outputs and uploads (not the request hash), and their media files.</summary>
internal sealed class ExportGenerationsDataQueryHandler(IGenerationsData data) : IQueryHandler<ExportGenerationsDataQuery, PersonalDataPart>
{
    public async ValueTask<PersonalDataPart> Handle(ExportGenerationsDataQuery query, CancellationToken cancellationToken)
    {
        var userId = query.UserId;
        var generations = await data.Generations.AsNoTracking()
            .Where(g => g.UserId == userId).OrderBy(g => g.Id)
            .Select(g => new
            {
                g.Id, g.UserId, g.ModelId, g.ModelVersion, g.Provider, g.Kind, g.Prompt, g.Width, g.Height, g.DurationSeconds,
                g.Seed, g.SourceImageId, g.CreditCost, g.Status, g.IdempotencyKey, g.ProviderPredictionId, g.Attempts,
                g.ClaimedUntil, g.CreatedAt, g.StartedAt, g.CompletedAt, g.Error, g.Version,
            })
            .ToListAsync(cancellationToken);
        var outputs = await data.GenerationOutputs.AsNoTracking()
            .Where(o => data.Generations.Any(g => g.Id == o.GenerationId && g.UserId == userId))
            .OrderBy(o => o.GenerationId).ThenBy(o => o.Index)
            .Select(o => new { o.Id, o.GenerationId, o.Index, o.StorageKey, o.ContentType, o.SizeBytes })
            .ToListAsync(cancellationToken);
        var uploads = await data.Uploads.AsNoTracking()
            .Where(u => u.UserId == userId).OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.UserId, u.StorageKey, u.ContentType, u.Width, u.Height, u.SizeBytes, u.CreatedAt })
            .ToListAsync(cancellationToken);

        PersonalDataFile[] files =
        [
            .. outputs.Select(o => new PersonalDataFile(o.StorageKey, $"media/generations/{o.GenerationId:N}/{FileNameOf(o.StorageKey)}")),
            .. uploads.Select(u => new PersonalDataFile(u.StorageKey, $"media/uploads/{FileNameOf(u.StorageKey)}")),
        ];
        return new PersonalDataPart(
            "generations",
            [
                PersonalDataTable.Of("generations", generations),
                PersonalDataTable.Of("generation_outputs", outputs),
                PersonalDataTable.Of("uploads", uploads),
            ],
            files);
    }

    private static string FileNameOf(string storageKey) => storageKey[(storageKey.LastIndexOf('/') + 1)..];
}
