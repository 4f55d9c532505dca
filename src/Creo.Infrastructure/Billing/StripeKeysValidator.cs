using Microsoft.Extensions.Options;

namespace Creo.Infrastructure.Billing;

/// <summary>
/// Both Stripe secrets or neither. With one alone billing would silently stay off (the operator meant it on), and a
/// gateway that could create checkouts without reading their webhooks would take money it never credits.
/// </summary>
internal sealed class StripeKeysValidator : IValidateOptions<StripeOptions>
{
    public ValidateOptionsResult Validate(string? name, StripeOptions options)
    {
        var hasKey = !string.IsNullOrWhiteSpace(options.SecretKey);
        var hasSecret = !string.IsNullOrWhiteSpace(options.WebhookSecret);
        return (hasKey, hasSecret) switch
        {
            (true, false) => ValidateOptionsResult.Fail(
                "Stripe__WebhookSecret must be set when Stripe__SecretKey is (both or neither); got only Stripe__SecretKey."),
            (false, true) => ValidateOptionsResult.Fail(
                "Stripe__SecretKey must be set when Stripe__WebhookSecret is (both or neither); got only Stripe__WebhookSecret."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
