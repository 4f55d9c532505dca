using System.Text.Json.Serialization;

namespace Creo.Infrastructure.Generations.OpenAI;

/// <summary>The body of <c>POST /v1/images/generations</c>; <see cref="ResponseFormat"/> only for models that take it.</summary>
internal sealed record OpenAIGenerationRequest(
    string Model,
    string Prompt,
    int N,
    string Size,
    [property: JsonPropertyName("response_format")] string? ResponseFormat);

/// <summary>A successful answer of both routes: one entry per image, inline (<c>b64_json</c>) or by address (<c>url</c>).</summary>
internal sealed record OpenAIImagesResponse(IReadOnlyList<OpenAIImage>? Data);

internal sealed record OpenAIImage([property: JsonPropertyName("b64_json")] string? B64Json, string? Url);

/// <summary>OpenAI's error body: <c>{"error":{"message","type","param","code"}}</c>.</summary>
internal sealed record OpenAIErrorBody(OpenAIError? Error);

internal sealed record OpenAIError(string? Message, string? Type, string? Param, JsonElement? Code);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OpenAIGenerationRequest))]
[JsonSerializable(typeof(OpenAIImagesResponse))]
[JsonSerializable(typeof(OpenAIErrorBody))]
internal sealed partial class OpenAIJson : JsonSerializerContext;
