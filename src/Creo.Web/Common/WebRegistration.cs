using Creo.Web.Accounts;
using Creo.Web.Billing;
using Creo.Web.Credits;
using Creo.Web.Generations;
using Creo.Web.Jobs;
using Creo.Web.Privacy;
using Creo.Web.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Scalar.AspNetCore;

namespace Creo.Web.Common;

public static class WebRegistration
{
    public static IServiceCollection AddCreoWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        PublicBaseUrl.Require(services, configuration, environment);
        services.AddCreoTrustedProxies(configuration);
        services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null)
            .AddCreoGoogle(configuration);
        services.AddAuthorization();
        services.AddAntiforgery(options =>
        {
            options.HeaderName = CsrfProtection.HeaderName;
            options.Cookie.Name = CsrfProtection.CookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddCreoRateLimits(configuration);
        services.AddUploadRateLimit(configuration);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemTypes.ApplyDefaultType);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new AnalyticsCookieSync());
            options.Conventions.ConfigureFilter(new PageErrorFilter());
        });
        services.AddOpenApi(options => options.AddOperationTransformer<ProblemStatusDeclarations>());
        services.AddCreoTelemetry(configuration);
        return services;
    }

    public static WebApplication UseCreoWeb(this WebApplication app)
    {
        // First: everything after it (request log, HSTS, rate limits, security log, cookies) sees the client, not the proxy.
        app.UseForwardedHeaders();
        app.UseCreoRequestLog();
        // Empty 4xx/5xx answers (unknown routes, wrong methods, and failures a browser sees) become problem
        // documents, or pages for a browser; outside the exception handler, so the failures it leaves empty come here.
        app.UseCreoErrorPages();
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCreoSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();

        // Limits run after authentication, so a policy can count per account (uploads) as well as per IP (sign-in).
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseCreoCsrfProtection();
        app.UseAuthorization();
        app.UseCreoHangfireDashboard();

        app.MapCreoHealth();
        app.MapCreoMetrics();
        app.MapWellKnown();
        app.MapPrivacyEndpoints();
        app.MapPrivacyCenterEndpoints();
        app.MapAnalyticsEndpoints();
        app.MapBreachNoticeEndpoints();
        app.MapDataExportEndpoints();
        app.MapPrivacyDeskEndpoints();
        app.MapAuthEndpoints();
        app.MapMeEndpoints();
        app.MapModelsEndpoints();
        app.MapGenerationsEndpoints();
        app.MapUploadsEndpoints();
        app.MapOutputMediaEndpoints();
        app.MapThumbnailEndpoints();
        app.MapShowcaseEndpoints();
        app.MapReplicateWebhook();
        app.MapFalWebhook();
        app.MapBillingEndpoints();
        app.MapStripeWebhook();
        app.MapBillingOperations();
        app.MapStaffEndpoints();
        app.MapDisputeHoldEndpoints();
        app.MapCreditsEndpoints();
        app.MapGoogleSignIn();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapRazorPages();
        return app;
    }
}
