using Creo.Application.Common.Ports;
using Creo.Application.Privacy;
using Creo.Application.Privacy.GetDataExport;
using Creo.Application.Privacy.GetDataExportFile;
using Creo.Application.Privacy.ListDataExports;
using Creo.Application.Privacy.RequestDataExport;

namespace Creo.Web.Privacy;

/// <summary>
/// The person's data exports (policy section 07, access and port). Like the rest of the privacy center they need a
/// signed-in session but not onboarding: a right to one's data does not wait on accepting anything.
/// </summary>
internal static class DataExportEndpoints
{
    public static IEndpointRouteBuilder MapDataExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/api/privacy/exports").WithTags("Privacy").RequireAuthorization();
        exports.MapPost("/", RequestAsync).WithSummary("Ask for a copy of all my data; while one is being made, asking again returns it")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        exports.MapGet("/", ListAsync).WithSummary("My exports, newest first");
        exports.MapGet("/{id:guid}", GetAsync).WithSummary("One export: its status, and a short-lived download link once it is ready")
            .ProducesProblem(StatusCodes.Status404NotFound);
        exports.MapGet("/files/{token}", DownloadAsync).WithSummary("Download an export's ZIP (the link comes from the export, and opens only for me)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Accepted<DataExportRequestedDto>> RequestAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        var requested = await mediator.Send(new RequestDataExportCommand(context.User.UserId()), cancellationToken);
        return TypedResults.Accepted($"/api/privacy/exports/{requested.Id}", requested);
    }

    private static async Task<Ok<IReadOnlyList<DataExportDto>>> ListAsync(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListDataExportsQuery(context.User.UserId()), cancellationToken));

    private static async Task<Ok<DataExportDto>> GetAsync(Guid id, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetDataExportQuery(context.User.UserId(), id), cancellationToken));

    /// <summary>
    /// Never cached, not even privately: the archive is everything we hold about the person. Ranges are honoured, so an
    /// interrupted download resumes (If-Range with the ETag keeps it from joining two different archives).
    /// </summary>
    private static async Task<IResult> DownloadAsync(string token, HttpContext context, IMediator mediator, IObjectStorage storage, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetDataExportFileQuery(context.User.UserId(), token), cancellationToken);
        var stored = await storage.OpenReadAsync(file.ObjectKey, cancellationToken);
        if (stored is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
        context.Response.RegisterForDisposeAsync(stored);
        return MediaResults.Stored(stored, "application/zip");
    }
}
