using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.GetProfile;

public sealed record GetProfileQuery(Guid UserId) : IQuery<ProfileDto>;
