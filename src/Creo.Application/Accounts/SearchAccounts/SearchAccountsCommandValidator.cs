using FluentValidation;

namespace Creo.Application.Accounts.SearchAccounts;

internal sealed class SearchAccountsCommandValidator : AbstractValidator<SearchAccountsCommand>
{
    public SearchAccountsCommandValidator()
    {
        RuleFor(c => c.Query).NotEmpty().MinimumLength(3).MaximumLength(254);
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
