using System.Text.Json.Serialization;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>fal's queue wire format: snake_case, absent rather than null.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FalInput))]
[JsonSerializable(typeof(FalQueueAnswer))]
[JsonSerializable(typeof(FalJwks))]
internal sealed partial class FalJson : JsonSerializerContext;

/// <summary>
/// The inputs we send every model: fal's common names (<c>image_size</c> as width and height, <c>num_images</c>);
/// <see cref="Duration"/> and <see cref="ImageUrl"/> (a data URI: fal takes those for any file input) only when set.
/// </summary>
internal sealed record FalInput(string Prompt, FalImageSize ImageSize, long Seed, int NumImages, int? Duration, string? ImageUrl);

internal sealed record FalImageSize(int Width, int Height);

/// <summary>
/// The submit answer and the status answer share this shape: the request's id, its routes, and while it waits its
/// <see cref="QueuePosition"/>; <see cref="Error"/> is set on a request that completed by failing.
/// </summary>
internal sealed record FalQueueAnswer(
    string? RequestId,
    string? Status,
    int? QueuePosition,
    string? StatusUrl,
    string? ResponseUrl,
    string? CancelUrl,
    JsonElement? Error);

/// <summary>A JSON Web Key Set; fal's holds OKP/Ed25519 keys, the public key in <see cref="FalJwk.X"/> (base64url).</summary>
internal sealed record FalJwks(IReadOnlyList<FalJwk>? Keys);

internal sealed record FalJwk(string? Kty, string? Crv, string? X, string? Kid);
