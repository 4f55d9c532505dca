using FluentValidation;

namespace Creo.Application.Privacy.ErasePrivacyRecords;

internal sealed class ErasePrivacyRecordsCommandValidator : AbstractValidator<ErasePrivacyRecordsCommand>
{
    public ErasePrivacyRecordsCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
