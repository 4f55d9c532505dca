namespace Creo.Application.Accounts.SearchAccounts;

internal sealed class SearchAccountsCommandValidator : AbstractValidator<SearchAccountsCommand>
{
    public const int MinimumQueryLength = 3;

    public SearchAccountsCommandValidator()
    {
        // Counted after trimming, as the search is: three spaces would otherwise be a query that matches everyone.
        RuleFor(c => c.Query).NotEmpty().MaximumLength(254)
            .Must(query => query.Trim().Length >= MinimumQueryLength).WithMessage($"'Query' has at least {MinimumQueryLength} letters besides spaces.");
        RuleFor(c => c.Reason).IsAStaffReason();
    }
}
