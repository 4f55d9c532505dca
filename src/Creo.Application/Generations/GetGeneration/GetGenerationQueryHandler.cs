using Creo.Application.Credits.GetCreditReceipt;

namespace Creo.Application.Generations.GetGeneration;

internal sealed class GetGenerationQueryHandler(IGenerationsData data, IMediator mediator, GenerationMapper mapper)
    : IQueryHandler<GetGenerationQuery, GenerationDto>
{
    public async ValueTask<GenerationDto> Handle(GetGenerationQuery query, CancellationToken cancellationToken)
    {
        var generation = await data.Generations.AsNoTracking().Include(g => g.Outputs)
            .FirstOrDefaultAsync(g => g.Id == query.GenerationId && g.UserId == query.UserId, cancellationToken)
            ?? throw new NotFoundException("Generation");
        var receipt = await mediator.Send(new GetCreditReceiptQuery(query.UserId, generation.Id), cancellationToken);
        return mapper.ToDto(generation, receipt);
    }
}
