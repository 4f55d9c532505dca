namespace Creo.Application.Privacy.Contracts;

internal sealed class ErasePrivacyRecordsCommandValidator : AbstractValidator<ErasePrivacyRecordsCommand>
{
    public ErasePrivacyRecordsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
