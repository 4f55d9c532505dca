namespace Creo.Application.Privacy.ListDeskRequests;

internal sealed class ListDeskRequestsQueryValidator : AbstractValidator<ListDeskRequestsQuery>
{
    public const int MaxLimit = 200;

    public ListDeskRequestsQueryValidator()
    {
        RuleFor(q => q.Status).Must(status => DeskRequestFilter.Names.Contains(status))
            .WithMessage($"Choose one of: {string.Join(", ", DeskRequestFilter.Names)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
    }
}
