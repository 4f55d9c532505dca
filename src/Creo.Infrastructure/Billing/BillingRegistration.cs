using Creo.Application.Billing;
using Creo.Application.Billing.Payments;

namespace Creo.Infrastructure.Billing;

internal static class BillingRegistration
{
    /// <summary>Plans and packs from <c>Billing__…</c>; payments through Stripe when its keys are set, switched off otherwise.</summary>
    public static IServiceCollection AddCreoBilling(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BillingOptions>(configuration.GetSection(BillingOptions.Section));
        var stripe = configuration.GetSection(StripeOptions.Section).Get<StripeOptions>() ?? new StripeOptions();
        services.PostConfigure<BillingOptions>(options => options.Enabled = stripe.IsConfigured);
        services.AddCreoStripe(configuration);
        if (!stripe.IsConfigured)
        {
            services.AddSingleton<IPaymentGateway, DisabledPaymentGateway>();
        }

        return services;
    }
}
