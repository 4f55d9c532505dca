using FluentValidation.Results;

namespace Creo.Application.Generations.Catalog;

/// <summary>
/// Checks a request against the chosen model's limits. These limits come from the catalog, not from constants,
/// so they are checked here rather than in the validator; failures still answer 400 with an <c>errors</c> map.
/// </summary>
internal static class ModelParameterCheck
{
    public static (int Width, int Height, int? DurationSeconds) Resolve(ModelDefinition model, int? requestedWidth, int? requestedHeight, int? requestedDuration, Guid? sourceImageId)
    {
        var failures = new List<ValidationFailure>();
        var width = requestedWidth ?? model.Width.Default;
        var height = requestedHeight ?? model.Height.Default;
        if (!model.Width.Allows(width))
        {
            failures.Add(new("Parameters.Width", $"Width for {model.Name} is {model.Width.Describe()}."));
        }

        if (!model.Height.Allows(height))
        {
            failures.Add(new("Parameters.Height", $"Height for {model.Name} is {model.Height.Describe()}."));
        }

        int? duration = null;
        if (model.Kind == MediaKind.Video && model.DurationSeconds is { } range)
        {
            duration = requestedDuration ?? range.Default;
            if (!range.Allows(duration.Value))
            {
                failures.Add(new("Parameters.DurationSeconds", $"Duration for {model.Name} is {range.Describe()} seconds."));
            }
        }
        else if (requestedDuration is not null)
        {
            failures.Add(new("Parameters.DurationSeconds", $"{model.Name} makes images; leave the duration out."));
        }

        if (sourceImageId is not null && !model.AcceptsSourceImage)
        {
            failures.Add(new("SourceImageId", $"{model.Name} does not take a source image."));
        }

        return failures.Count == 0 ? (width, height, duration) : throw new ValidationException(failures);
    }
}
