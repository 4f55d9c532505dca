using Stripe;

namespace Creo.Infrastructure.Billing;

/// <summary>
/// Stripe refused a request or could not be reached. The message holds only Stripe's error type, code and HTTP status:
/// Stripe's own messages quote request parameters (an email, a customer id), and exception messages end up in logs and
/// in Hangfire's failed-job store. The Stripe exception is deliberately not kept as the inner exception, for the same reason.
/// </summary>
internal sealed class PaymentProviderException : Exception
{
    private PaymentProviderException(string message, HttpStatusCode statusCode, string? errorType, string? errorCode)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorType = errorType;
        ErrorCode = errorCode;
    }

    /// <summary>Stripe's HTTP status; 0 when no answer arrived.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Stripe's error type, such as <c>invalid_request_error</c> or <c>api_error</c>.</summary>
    public string? ErrorType { get; }

    /// <summary>Stripe's error code, such as <c>resource_missing</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>Worth trying again later: Stripe was unreachable, busy or failing, not refusing this request.</summary>
    public bool IsTransient => StatusCode is 0 or HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;

    public static PaymentProviderException From(StripeException exception)
    {
        var status = exception.HttpStatusCode;
        var type = exception.StripeError?.Type;
        var code = exception.StripeError?.Code;
        var message = status == 0
            ? "Stripe could not be reached."
            : string.Create(CultureInfo.InvariantCulture, $"Stripe answered {(int)status} ({type ?? "unknown_error"}{(code is null ? "" : "/" + code)}).");
        return new PaymentProviderException(message, status, type, code);
    }
}
