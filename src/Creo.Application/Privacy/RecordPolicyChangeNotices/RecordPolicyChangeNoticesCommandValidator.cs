namespace Creo.Application.Privacy.RecordPolicyChangeNotices;

internal sealed class RecordPolicyChangeNoticesCommandValidator : AbstractValidator<RecordPolicyChangeNoticesCommand>
{
    public RecordPolicyChangeNoticesCommandValidator()
    {
        RuleFor(c => c.PolicyVersionId).NotEmpty();
        RuleFor(c => c.UserIds).NotEmpty().Must(ids => ids.Count <= 1000).WithMessage("At most 1000 accounts per batch.");
        RuleForEach(c => c.UserIds).NotEmpty();
    }
}
