namespace Creo.Application.Privacy.AnnouncePolicyChangeBatch;

internal sealed class AnnouncePolicyChangeBatchCommandValidator : AbstractValidator<AnnouncePolicyChangeBatchCommand>
{
    public AnnouncePolicyChangeBatchCommandValidator()
    {
        RuleFor(c => c.PolicyVersionId).NotEmpty();
        RuleFor(c => c.Take).InclusiveBetween(1, 1000);
    }
}
