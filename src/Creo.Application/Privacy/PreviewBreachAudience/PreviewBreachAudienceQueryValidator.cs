using Creo.Application.Privacy.RecordBreach;

namespace Creo.Application.Privacy.PreviewBreachAudience;

/// <summary>A preview is refused for exactly what recording would refuse, so nobody confirms a breach that cannot be recorded.</summary>
internal sealed class PreviewBreachAudienceQueryValidator : AbstractValidator<PreviewBreachAudienceQuery>
{
    public PreviewBreachAudienceQueryValidator()
    {
        RuleFor(q => q.Breach).NotNull().SetValidator(new RecordBreachCommandValidator());
    }
}
