using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.UpdateProfile;

/// <summary>The right to correct (policy section 07): a person fixes their own name.</summary>
public sealed record UpdateProfileCommand(Guid UserId, string Name) : ICommand<ProfileDto>;
