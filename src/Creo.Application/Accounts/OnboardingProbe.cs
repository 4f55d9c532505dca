using Creo.Application.Privacy.GetRequiredPolicyVersion;
using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Accounts;

/// <summary>
/// Whether an account must still onboard: confirm it is 16 or older and accept the policy version in force
/// (or, after a material change, the newest material one). Until then it cannot generate or pay.
/// </summary>
internal static class OnboardingProbe
{
    public static async Task<bool> IsRequiredAsync(IAccountsData data, IMediator mediator, User user, CancellationToken cancellationToken)
    {
        if (user.AgeConfirmedAt is null)
        {
            return true;
        }

        var required = await mediator.Send(new GetRequiredPolicyVersionQuery(), cancellationToken);
        return !await data.PolicyAcceptances.AnyAsync(a => a.UserId == user.Id && a.PolicyVersion >= required, cancellationToken);
    }
}
