using Creo.Application.Accounts.Contracts;
using Mediator;

namespace Creo.Application.Accounts.GetProfile;

public sealed record GetProfileQuery(Guid UserId) : IQuery<ProfileDto>;
