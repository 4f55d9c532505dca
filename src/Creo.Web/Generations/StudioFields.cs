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

    /// <summary>Not a field: the balance is short, shown in the studio's own notice with a way to buy credits.</summary>
    public const string Payment = "payment";

    /// <summary>The fields in the form's order.</summary>
    public static readonly IReadOnlyList<string> All = [Model, Prompt, Width, Height, Duration, Seed, SourceImage];

    /// <summary>The words the error summary links a field by; the message itself is shown once, next to the field.</summary>
    public static string Label(string field) => field switch
    {
        Model => "Model",
        Prompt => "Prompt",
        Width => "Width",
        Height => "Height",
        Duration => "Duration",
        Seed => "Seed",
        SourceImage => "Source image",
        _ => field,
    };

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

    /// <summary>Where a refusal other than failed validation belongs, by its problem code, or null for above the form.</summary>
    public static string? ForRefusal(string code) => code switch
    {
        "not-an-image" or "image-too-large" or "upload-too-large" => SourceImage,
        "insufficient-credits" => Payment,
        _ => null,
    };
}
