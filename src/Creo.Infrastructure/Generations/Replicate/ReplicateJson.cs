using System.Text.Json.Serialization;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>Replicate's wire format: snake_case, absent rather than null.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReplicateCreateRequest))]
[JsonSerializable(typeof(ReplicatePredictionBody))]
[JsonSerializable(typeof(ReplicateProblem))]
internal sealed partial class ReplicateJson : JsonSerializerContext;
