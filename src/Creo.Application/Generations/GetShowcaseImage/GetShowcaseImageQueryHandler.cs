using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;
using Creo.Application.Generations.Showcase;

namespace Creo.Application.Generations.GetShowcaseImage;

internal sealed class GetShowcaseImageQueryHandler(IModelCatalog catalog, GenerationProviders providers, ShowcaseImages images)
    : IQueryHandler<GetShowcaseImageQuery, byte[]?>
{
    public async ValueTask<byte[]?> Handle(GetShowcaseImageQuery query, CancellationToken cancellationToken)
    {
        if (ShowcaseExamples.Find(query.Number) is not { } example || ShowcaseModels.For(catalog, example) is not { } model)
        {
            return null;
        }

        return await images.GetOrRenderAsync(example.Number, () => RenderAsync(example, model));
    }

    private async Task<byte[]> RenderAsync(ShowcaseExample example, ModelDefinition model)
    {
        // Not the request's token: the picture is shared by every later visitor, so one closed tab must not cancel it.
        var request = new ProviderRequest(
            Guid.Empty, model.ProviderModel, model.Version, example.Prompt,
            ShowcaseModels.SizeWithin(model.Width), ShowcaseModels.SizeWithin(model.Height), null, example.Seed, null, model.MaxRunTime);
        var provider = providers.For(model.Provider);
        var prediction = await provider.StartAsync(request, CancellationToken.None);
        var output = prediction.Outputs.Count > 0 && prediction.Status == ProviderStatus.Succeeded
            ? prediction.Outputs[0]
            : throw new InvalidOperationException($"The local model {model.Id} did not render showcase example {example.Number}: {prediction.Error}");
        await using var stream = await provider.OpenOutputAsync(output, CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
