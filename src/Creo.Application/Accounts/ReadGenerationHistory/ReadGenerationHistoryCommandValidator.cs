namespace Creo.Application.Accounts.ReadGenerationHistory;

internal sealed class ReadGenerationHistoryCommandValidator : AbstractValidator<ReadGenerationHistoryCommand>
{
    public ReadGenerationHistoryCommandValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
