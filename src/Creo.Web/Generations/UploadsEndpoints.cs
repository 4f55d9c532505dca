using Creo.Application.Generations.DeleteUpload;
using Creo.Application.Generations.UploadImage;
using Creo.Application.Generations.Uploads;
using Creo.Domain.Generations;

namespace Creo.Web.Generations;

/// <summary>Source images. Judged by content and re-encoded before anything is stored.</summary>
internal static class UploadsEndpoints
{
    /// <summary>The file may be 10 MB; the multipart envelope around it gets a little room of its own.</summary>
    private const long RequestLimit = Upload.MaxBytes + (64 * 1024);

    public static IEndpointRouteBuilder MapUploadsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/uploads", UploadAsync)
            .WithTags("Studio")
            .WithSummary("Upload a source image (an image by content, at most 10 MB; EXIF and GPS are stripped)")
            .RequireAuthorization()
            .RequireOnboarding()
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(RequestLimit))
            .Accepts<IFormFile>("multipart/form-data")
            .RequireRateLimiting(UploadRateLimit.PolicyName)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        endpoints.MapDelete("/api/uploads/{id:guid}", DeleteAsync)
            .WithTags("Studio")
            .WithSummary("Delete one of your uploads (refused with 409 while a queued or running generation uses it)")
            .RequireAuthorization()
            .RequireOnboarding()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    private static async Task<Created<UploadDto>> UploadAsync(HttpContext context, IImageSanitizer sanitizer, IMediator mediator, CancellationToken cancellationToken)
    {
        if (!context.Request.HasFormContentType)
        {
            throw new InvalidInputException("upload-not-multipart", "Send the image as multipart/form-data in the field 'file'.");
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // A multipart envelope that does not parse (no boundary, a broken header, a body cut short) is the sender's fault.
            throw new InvalidInputException("upload-not-multipart", "The multipart/form-data body could not be read; send the image in the field 'file'.");
        }

        var file = form.Files.GetFile("file")
            ?? throw new InvalidInputException("upload-missing", "Send the image in the field 'file'.");
        if (file.Length > Upload.MaxBytes)
        {
            throw new PayloadTooLargeException("upload-too-large", "An upload may be at most 10 MB.");
        }

        // Decoded before the command's transaction begins: a decode, or a wait for a decode slot, holds no database lock.
        await using var content = file.OpenReadStream();
        var image = await sanitizer.SanitizeAsync(content, cancellationToken);
        var upload = await mediator.Send(new UploadImageCommand(context.User.UserId(), image), cancellationToken);
        return TypedResults.Created($"/api/uploads/{upload.Id}", upload);
    }

    private static Task<NoContent> DeleteAsync(Guid id, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForNoContentAsync(new DeleteUploadCommand(context.User.UserId(), id), cancellationToken);
}
