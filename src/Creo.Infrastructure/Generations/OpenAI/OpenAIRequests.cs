using System.Text;
using System.Net.Http.Headers;
using Creo.Application.Generations.Providers;

namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>
/// The two requests: JSON to <c>v1/images/generations</c>, or multipart to <c>v1/images/edits</c> when there is a
/// source image (already stripped of its metadata by the upload sanitizer). Bodies are bytes, not streams, so a
/// retry sends them again whole.
/// </summary>
internal static class OpenAIRequests
{
    public static HttpRequestMessage Create(ProviderRequest request, OpenAIModelOptions model, OpenAIImageSize size)
    {
        var format = string.IsNullOrEmpty(model.ResponseFormat) ? null : model.ResponseFormat;
        if (request.SourceImage is not { } image)
        {
            var body = new OpenAIGenerationRequest(model.ProviderModel, request.Prompt, 1, size.ToString(), format);
            var json = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, OpenAIJson.Default.OpenAIGenerationRequest));
            json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpRequestMessage(HttpMethod.Post, "v1/images/generations") { Content = json };
        }

        var form = new MultipartFormDataContent
        {
            { Text(model.ProviderModel), "model" },
            { Text(request.Prompt), "prompt" },
            { Text("1"), "n" },
            { Text(size.ToString()), "size" },
        };
        if (format is not null)
        {
            form.Add(Text(format), "response_format");
        }

        var file = new ByteArrayContent(image.Content);
        file.Headers.ContentType = new MediaTypeHeaderValue(image.ContentType);
        form.Add(file, "image", "source" + ExtensionOf(image.ContentType));
        return new HttpRequestMessage(HttpMethod.Post, "v1/images/edits") { Content = form };
    }

    private static ByteArrayContent Text(string value) => new(Encoding.UTF8.GetBytes(value));

    private static string ExtensionOf(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/webp" => ".webp",
        _ => ".png",
    };
}
