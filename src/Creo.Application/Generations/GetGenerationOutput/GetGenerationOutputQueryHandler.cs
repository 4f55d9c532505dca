
namespace Creo.Application.Generations.GetGenerationOutput;

internal sealed class GetGenerationOutputQueryHandler(IGenerationsData data, IOutputLinks links)
    : IQueryHandler<GetGenerationOutputQuery, GenerationOutputFile>
{
    public async ValueTask<GenerationOutputFile> Handle(GetGenerationOutputQuery query, CancellationToken cancellationToken)
    {
        var link = links.Open(query.Token) ?? throw new NotFoundException("Media");
        var output = await data.GenerationOutputs.AsNoTracking()
            .Where(o => o.GenerationId == link.GenerationId && o.Index == link.Index)
            .Join(data.Generations.Where(g => g.UserId == query.UserId), o => o.GenerationId, g => g.Id, (o, g) => new { o.StorageKey, o.ContentType })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Media");
        return new GenerationOutputFile(output.StorageKey, output.ContentType, link.ExpiresAt);
    }
}
