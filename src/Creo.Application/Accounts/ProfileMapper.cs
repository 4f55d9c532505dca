using Creo.Application.Accounts.Contracts;
using Creo.Application.Billing.GetTier;
using Creo.Application.Credits.GetCreditBalance;

namespace Creo.Application.Accounts;

// Not Mapster: the profile asks other modules for tier, balance and whether onboarding is due.
internal static class ProfileMapper
{
    public static async Task<ProfileDto> ToDtoAsync(User user, IAccountsData data, IMediator mediator, CancellationToken cancellationToken) => new(
        user.Id,
        user.Email,
        user.Name,
        user.AvatarUrl,
        user.AuthMethod == AuthMethod.Google ? "google" : "email",
        user.CreatedAt,
        RoleNames.Of(user.Roles),
        await mediator.Send(new GetTierQuery(user.Id), cancellationToken),
        await mediator.Send(new GetCreditBalanceQuery(user.Id), cancellationToken),
        await OnboardingProbe.IsRequiredAsync(data, mediator, user, cancellationToken));
}
