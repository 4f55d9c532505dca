using Creo.Application.Billing.Payments;
using Microsoft.Extensions.Options;
using Stripe;

namespace Creo.Infrastructure.Billing;

internal static class StripeRegistration
{
    /// <summary>Binds <c>Stripe__…</c> always; offers the payment gateway only with both the API key and the webhook secret.</summary>
    internal static IServiceCollection AddCreoStripe(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StripeOptions.Section);
        services.AddOptions<StripeOptions>().Bind(section);
        var options = section.Get<StripeOptions>() ?? new StripeOptions();
        if (!options.IsConfigured)
        {
            return services;
        }

        // One client for the app's life: it holds the key and the connection pool, and is safe to share across threads.
        services.AddSingleton(provider => CreateClient(provider.GetRequiredService<IOptions<StripeOptions>>().Value));
        services.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        return services;
    }

    // Stripe.net appends paths such as /v1/customers to the base as text, so a trailing slash would double up.
    private static StripeClient CreateClient(StripeOptions options) =>
        new(options.SecretKey, apiBase: options.ApiBase?.AbsoluteUri.TrimEnd('/'));
}
