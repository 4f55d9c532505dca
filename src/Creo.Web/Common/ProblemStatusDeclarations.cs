using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Creo.Web.Common;

/// <summary>
/// Declares in the OpenAPI document the problem answers the pipeline gives every operation of a kind, so the document
/// lists every status an operation can answer without each endpoint repeating them: 400 for input that does not bind
/// (and for a missing CSRF token on unsafe methods), 401 and 403 where a session (and a role or onboarding) is needed,
/// 404 where a path names something, 413 under a size limit, 415 for a body of the wrong type, 429 under a rate limit.
/// The fuzz test holds every answer the app gives to this list.
/// </summary>
internal sealed class ProblemStatusDeclarations : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var unsafeMethod = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        var hasBody = description.ParameterDescriptions.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form)
            || description.SupportedRequestFormats.Count > 0;
        var needsSession = metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any();

        if (description.ParameterDescriptions.Count > 0 || hasBody || unsafeMethod)
        {
            Declare(operation, StatusCodes.Status400BadRequest, "The input is not valid (see the problem's errors), or the CSRF token is missing.");
        }

        if (needsSession && !metadata.OfType<IAllowAnonymous>().Any())
        {
            Declare(operation, StatusCodes.Status401Unauthorized, "Not signed in.");
            Declare(operation, StatusCodes.Status403Forbidden, "Signed in, but not allowed: onboarding first, a staff role, or a suspended account.");
        }

        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
        {
            Declare(operation, StatusCodes.Status404NotFound, "Nothing of yours by that id.");
        }

        if (metadata.OfType<IRequestSizeLimitMetadata>().Any())
        {
            Declare(operation, StatusCodes.Status413PayloadTooLarge, "The request is larger than this operation takes.");
        }

        if (hasBody)
        {
            Declare(operation, StatusCodes.Status415UnsupportedMediaType, "The body is not of a type this operation takes.");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Declare(operation, StatusCodes.Status429TooManyRequests, "Too many requests; the Retry-After header says when to try again.");
        }

        return Task.CompletedTask;
    }

    private static void Declare(OpenApiOperation operation, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
            };
        }
    }
}
