using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.GetProfile;

internal sealed class GetProfileQueryHandler(IAccountsData data, IMediator mediator) : IQueryHandler<GetProfileQuery, ProfileDto>
{
    public async ValueTask<ProfileDto> Handle(GetProfileQuery query, CancellationToken cancellationToken)
    {
        var user = await data.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == query.UserId, cancellationToken)
            ?? throw new NotFoundException("Account");
        return await ProfileMapper.ToDtoAsync(user, data, mediator, cancellationToken);
    }
}
