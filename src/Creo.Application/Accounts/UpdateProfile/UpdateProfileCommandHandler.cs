using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.UpdateProfile;

internal sealed class UpdateProfileCommandHandler(IAccountsData data, IMediator mediator, TimeProvider clock)
    : ICommandHandler<UpdateProfileCommand, ProfileDto>
{
    public async ValueTask<ProfileDto> Handle(UpdateProfileCommand command, CancellationToken cancellationToken)
    {
        var user = await data.LoadAccountAsync(command.UserId, cancellationToken);
        user.Rename(command.Name);
        data.SecurityEvents.Add(SecurityEvent.Record(user.Id, SecurityEventKind.ProfileChanged, null, "Changed the name on the account.", clock.GetUtcNow()));
        return await ProfileMapper.ToDtoAsync(user, data, mediator, cancellationToken);
    }
}
