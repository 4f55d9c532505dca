using System.Net;
using System.Text.Json;
using Creo.Application.Common.Errors;
using Creo.Domain.Common;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Tests.Common;

/// <summary>The whole app maps failures to RFC 9457 problem documents the same way.</summary>
public sealed class ProblemTests(ProblemTests.ThrowingApp app) : IClassFixture<ProblemTests.ThrowingApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invalid_input_is_a_400_problem_with_an_errors_map_in_json_field_names()
    {
        var (status, problem) = await GetProblemAsync("/test-throw/validation");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.EndsWith("/validation", problem.GetProperty("type").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.Equal("Width must be at most 2048.", errors.GetProperty("parameters.width")[0].GetString());
        Assert.Equal("Prompt is required.", errors.GetProperty("prompt")[0].GetString());
    }

    [Fact]
    public async Task A_broken_rule_is_a_409_problem_whose_type_ends_in_its_code()
    {
        var (status, problem) = await GetProblemAsync("/test-throw/rule");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.EndsWith("/generation-already-finished", problem.GetProperty("type").GetString());
        Assert.Equal("This generation has already finished.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Not_found_is_a_404_problem()
    {
        var (status, problem) = await GetProblemAsync("/test-throw/not-found");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.EndsWith("/not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_unhandled_failure_is_a_500_problem_that_leaks_no_internals()
    {
        using var response = await app.Http.GetAsync("/test-throw/crash", Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("secret-connection-string", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("at Creo.", body);
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem()
    {
        var (status, problem) = await GetProblemAsync("/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("https://creo.studio/problems/not-found", problem.GetProperty("type").GetString());
        Assert.True(problem.TryGetProperty("title", out _));
    }

    private async Task<(HttpStatusCode Status, JsonElement Problem)> GetProblemAsync(string path)
    {
        using var response = await app.Http.GetAsync(path, Cancel);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone());
    }

    /// <summary>The real app plus, behind all its routes, a few that throw the exceptions the layers throw.</summary>
    public sealed class ThrowingApp() : WebAppFixture(Creo.Infrastructure.Common.DatabaseProvider.Sqlite)
    {
        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IStartupFilter, ThrowingRoutes>();
    }

    private sealed class ThrowingRoutes : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test-throw/validation", b => b.Run(_ => throw new ValidationException(
            [
                new ValidationFailure("Parameters.Width", "Width must be at most 2048."),
                new ValidationFailure("Prompt", "Prompt is required."),
            ])));
            app.Map("/test-throw/rule", b => b.Run(_ => throw new DomainException("generation-already-finished", "This generation has already finished.")));
            app.Map("/test-throw/not-found", b => b.Run(_ => throw new NotFoundException("Generation")));
            app.Map("/test-throw/crash", b => b.Run(_ => throw new InvalidOperationException("secret-connection-string")));
        };
    }
}
