
namespace Creo.Application.Privacy.GetConsents;

internal sealed class GetConsentsQueryHandler(IPrivacyData data) : IQueryHandler<GetConsentsQuery, ConsentsDto>
{
    public async ValueTask<ConsentsDto> Handle(GetConsentsQuery query, CancellationToken cancellationToken) =>
        await ConsentReader.ReadAsync(data, query.UserId, query.GlobalPrivacyControl, cancellationToken);
}
