namespace Creo.Web.Generations;

/// <summary>
/// Which studio field a refusal belongs to. The command's own rules name <c>Width</c>, the model's limits name
/// <c>Parameters.Width</c> and the API spells it <c>parameters.width</c>; all of them land next to the same
/// input. <c>wwwroot/js/studio/errors.js</c> applies the same rule to the API's <c>errors</c> keys.
/// </summary>
public static class StudioFields
{
    public const string Model = "model";
    public const string Prompt = "prompt";
    public const string Width = "width";
    public const string Height = "height";
    public const string Duration = "duration";
    public const string Seed = "seed";
    public const string SourceImage = "source-image";

    /// <summary>The field for a property name, or null when the refusal is about the whole request.</summary>
    public static string? For(string propertyName) =>
        propertyName[(propertyName.LastIndexOf('.') + 1)..].ToLowerInvariant() switch
        {
            "modelid" => Model,
            "prompt" => Prompt,
            "width" => Width,
            "height" => Height,
            "durationseconds" => Duration,
            "seed" => Seed,
            "sourceimageid" => SourceImage,
            _ => null,
        };
}
