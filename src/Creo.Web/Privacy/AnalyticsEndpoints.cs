using Creo.Application.Privacy.GetDailyAnalytics;
using Creo.Application.Privacy.RecordAnalyticsEvent;
using FluentValidation.Results;

namespace Creo.Web.Privacy;

/// <summary>
/// Anonymous usage signals (policy sections 08 and 09): events are counted only with consent and without Global
/// Privacy Control, and otherwise dropped without a trace; admins read the daily aggregates.
/// </summary>
internal static class AnalyticsEndpoints
{
    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/analytics/events", RecordEventAsync)
            .WithTags("Privacy")
            .WithSummary("Count a page view, anonymously; dropped unless signed in with analytics allowed and no Sec-GPC: 1")
            .AllowAnonymous()
            .ProducesValidationProblem();
        endpoints.MapGet("/api/admin/analytics/daily", GetDailyAsync)
            .WithTags("Operations")
            .WithSummary("The anonymised daily aggregates (usage by model and tier, page views) from one UTC day to another")
            .RequireAdmin()
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<Accepted<AnalyticsEventResult>> RecordEventAsync(AnalyticsEventBody body, HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var userId = context.User.Identity?.IsAuthenticated == true ? context.User.UserId() : (Guid?)null;
        var recorded = await mediator.Send(
            new RecordAnalyticsEventCommand(userId, body.Name, body.Page, context.Request.SendsGlobalPrivacyControl()), cancellationToken);
        return TypedResults.Accepted((string?)null, new AnalyticsEventResult(recorded));
    }

    private static async Task<Ok<DailyAnalyticsDto>> GetDailyAsync(string? from, string? to, IMediator mediator, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var fromDay = ParseDay(nameof(from), from, failures);
        var toDay = ParseDay(nameof(to), to, failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return TypedResults.Ok(await mediator.Send(new GetDailyAnalyticsQuery(fromDay, toDay), cancellationToken));
    }

    private static DateOnly ParseDay(string field, string? value, List<ValidationFailure> failures)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        failures.Add(new ValidationFailure(field, $"'{field}' is a day written YYYY-MM-DD."));
        return default;
    }
}

internal sealed record AnalyticsEventBody(string? Name, string? Page);

internal sealed record AnalyticsEventResult(bool Recorded);
