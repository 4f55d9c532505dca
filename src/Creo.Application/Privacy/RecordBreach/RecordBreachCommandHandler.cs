using Creo.Application.Accounts.CountActiveAccounts;
using Creo.Application.Accounts.ListAccountContactsById;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Privacy.Contracts;
using Creo.Application.Privacy.NotifyBreach;
using FluentValidation.Results;

namespace Creo.Application.Privacy.RecordBreach;

internal sealed class RecordBreachCommandHandler(IPrivacyData data, IMediator mediator, IUnitOfWork unitOfWork, IJobScheduler jobs, TimeProvider clock)
    : ICommandHandler<RecordBreachCommand, BreachRecordedDto>
{
    public async ValueTask<BreachRecordedDto> Handle(RecordBreachCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var audience = command.UserIds is not null ? BreachAudience.Explicit
            : command.All ? BreachAudience.AllActive
            : BreachAudience.ByCategoriesAndWindow;
        var facts = new BreachFacts(
            command.Message!, command.Description?.Trim() ?? string.Empty, audience, BreachCategories.Normalize(command.Categories),
            command.DiscoveredAt, command.From, command.To);
        var breach = Breach.Record(facts, command.RecordedBy, now);
        data.Breaches.Add(breach);

        int notifying;
        if (audience == BreachAudience.Explicit)
        {
            // The named people are written down now, so the breach record itself never has to hold a user id.
            var ids = command.UserIds!.Distinct().ToList();
            var known = await mediator.Send(new ListAccountContactsByIdQuery(ids), cancellationToken);
            var unknown = ids.Except(known.Select(k => k.UserId)).ToList();
            if (unknown.Count > 0)
            {
                throw new ValidationException([new ValidationFailure(nameof(command.UserIds), $"No account to tell has the id(s) {string.Join(", ", unknown.Take(20))}.")]);
            }

            data.BreachNotifications.AddRange(ids.Select(id => BreachNotification.Affects(breach.Id, id, now)));
            notifying = ids.Count;
        }
        else
        {
            notifying = await mediator.Send(new CountActiveAccountsQuery(breach.AffectsAccountsCreatedBy), cancellationToken);
        }

        unitOfWork.AfterCommit(() => jobs.Enqueue(new NotifyBreachJob(breach.Id)));
        return new BreachRecordedDto(breach.Id, notifying, breach.DiscoveredAt, breach.NotifyAuthorityBy);
    }
}
