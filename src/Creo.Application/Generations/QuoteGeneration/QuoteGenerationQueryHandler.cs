using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers.Health;

namespace Creo.Application.Generations.QuoteGeneration;

internal sealed class QuoteGenerationQueryHandler(IModelCatalog catalog, IHostHealth health) : IQueryHandler<QuoteGenerationQuery, QuoteDto>
{
    public ValueTask<QuoteDto> Handle(QuoteGenerationQuery query, CancellationToken cancellationToken)
    {
        var model = catalog.Find(query.ModelId) ?? throw new NotFoundException("Model");
        var (width, height, duration) = ModelParameterCheck.Resolve(model, query.Width, query.Height, query.DurationSeconds, sourceImageId: null);
        HostGate.EnsureAvailable(health, model);
        return ValueTask.FromResult(new QuoteDto(model.Id, width, height, duration, model.Pricing.CostOf(width, height, duration)));
    }
}
