namespace Creo.Web.Common;

/// <summary>
/// Generation and billing routes use this: an account that has not confirmed its age and accepted the policy
/// in force gets 403 with a problem whose type ends in <c>onboarding-required</c>.
/// </summary>
public static class OnboardingGate
{
    public static TBuilder RequireOnboarding<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.User.NeedsOnboarding())
            {
                throw new ForbiddenException("onboarding-required", "Confirm your age and accept the privacy policy first (POST /api/me/onboarding).");
            }

            return await next(context);
        }).RequireAuthorization();
}
