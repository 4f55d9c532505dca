using Creo.Web.Jobs;
using Creo.Web.Privacy;
using Creo.Web.Storage;
using Scalar.AspNetCore;

namespace Creo.Web.Common;

public static class WebRegistration
{
    public static IServiceCollection AddCreoWeb(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemTypes.ApplyDefaultType);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddRazorPages();
        services.AddOpenApi();
        return services;
    }

    public static WebApplication UseCreoWeb(this WebApplication app)
    {
        app.UseExceptionHandler();

        // Empty 4xx/5xx answers (unknown routes, wrong methods) become problem documents too.
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCreoSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCreoHangfireDashboard();

        app.MapCreoHealth();
        app.MapWellKnown();
        app.MapMediaEndpoints();
        app.MapPrivacyEndpoints();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapRazorPages();
        return app;
    }
}
