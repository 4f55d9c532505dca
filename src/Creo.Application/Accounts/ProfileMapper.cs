using Creo.Application.Accounts.Contracts;
using Creo.Application.Credits.Contracts;
using Creo.Domain.Accounts;
using Mediator;

namespace Creo.Application.Accounts;

internal static class ProfileMapper
{
    /// <summary>Every account starts on this tier; the billing module will report paid tiers.</summary>
    public const string DefaultTier = "free";

    public static async Task<ProfileDto> ToDtoAsync(User user, IAccountsData data, IMediator mediator, CancellationToken cancellationToken) => new(
        user.Id,
        user.Email,
        user.Name,
        user.AvatarUrl,
        user.AuthMethod == AuthMethod.Google ? "google" : "email",
        user.CreatedAt,
        RoleNames.Of(user.Roles),
        DefaultTier,
        await mediator.Send(new GetCreditBalanceQuery(user.Id), cancellationToken),
        await OnboardingProbe.IsRequiredAsync(data, mediator, user, cancellationToken));
}
