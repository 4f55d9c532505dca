using Creo.Application.Accounts.EndSessionsForDeletion;
using Creo.Application.Accounts.Contracts;
using Creo.Application.Privacy.Contracts;
using Creo.Application.Privacy.RunAccountErasure;

namespace Creo.Application.Privacy.EraseAccountNow;

internal sealed class EraseAccountNowCommandHandler(IPrivacyData data, IMediator mediator, IUnitOfWork unitOfWork, IJobScheduler jobs, TimeProvider clock)
    : ICommandHandler<EraseAccountNowCommand, Guid>
{
    public async ValueTask<Guid> Handle(EraseAccountNowCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deletion = await data.AccountDeletions.FirstOrDefaultAsync(d => d.UserId == command.UserId, cancellationToken);
        if (deletion is null)
        {
            deletion = AccountDeletion.Schedule(command.UserId, TimeSpan.Zero, now);
            data.AccountDeletions.Add(deletion);
        }
        else
        {
            deletion.BringForward(now);
        }

        await mediator.Send(new EndSessionsForDeletionCommand(command.UserId), cancellationToken);
        var id = deletion.Id;
        unitOfWork.AfterCommit(() => jobs.Enqueue(new RunAccountErasureJob(id)));
        return id;
    }
}
