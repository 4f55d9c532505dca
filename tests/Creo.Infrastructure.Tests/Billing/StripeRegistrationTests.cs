using Creo.Application.Billing.Payments;
using Creo.Infrastructure.Billing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stripe;

namespace Creo.Infrastructure.Tests.Billing;

public sealed class StripeRegistrationTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("sk_test_51Qkey", null)]
    [InlineData(null, "whsec_secret")]
    [InlineData("sk_test_51Qkey", "  ")]
    public void Without_both_the_key_and_the_webhook_secret_no_payment_gateway_is_offered(string? secretKey, string? webhookSecret)
    {
        using var container = Container(new() { ["Stripe:SecretKey"] = secretKey, ["Stripe:WebhookSecret"] = webhookSecret });

        Assert.Null(container.GetService<IPaymentGateway>());
        Assert.Null(container.GetService<StripeClient>());
        Assert.Equal(secretKey, container.GetRequiredService<IOptions<StripeOptions>>().Value.SecretKey);
    }

    [Fact]
    public void With_both_secrets_one_gateway_over_one_client_serves_the_app()
    {
        using var container = Container(new()
        {
            ["Stripe:SecretKey"] = "sk_test_51Qkey",
            ["Stripe:WebhookSecret"] = "whsec_secret",
            ["Stripe:ApiBase"] = "http://127.0.0.1:12111/",
        });

        Assert.IsType<StripePaymentGateway>(container.GetRequiredService<IPaymentGateway>());
        Assert.Same(container.GetRequiredService<IPaymentGateway>(), container.GetRequiredService<IPaymentGateway>());
        var client = container.GetRequiredService<StripeClient>();
        Assert.Same(client, container.GetRequiredService<StripeClient>());
        Assert.Equal("http://127.0.0.1:12111", client.ApiBase);
    }

    [Fact]
    public void Without_an_api_base_the_client_calls_Stripe_itself()
    {
        using var container = Container(new() { ["Stripe:SecretKey"] = "sk_test_51Qkey", ["Stripe:WebhookSecret"] = "whsec_secret" });

        Assert.Equal(StripeClient.DefaultApiBase, container.GetRequiredService<StripeClient>().ApiBase);
    }

    private static ServiceProvider Container(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddCreoStripe(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
