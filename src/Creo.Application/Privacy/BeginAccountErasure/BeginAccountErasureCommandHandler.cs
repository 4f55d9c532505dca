using Creo.Application.Accounts.CloseAccountForErasure;
using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Privacy.BeginAccountErasure;

internal sealed class BeginAccountErasureCommandHandler(IPrivacyData data, IMediator mediator, TimeProvider clock)
    : ICommandHandler<BeginAccountErasureCommand, ErasureSubjectDto?>
{
    public async ValueTask<ErasureSubjectDto?> Handle(BeginAccountErasureCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var deletion = await data.AccountDeletions.FirstOrDefaultAsync(d => d.Id == command.DeletionId, cancellationToken);
        if (deletion is null || !deletion.IsDueAt(now))
        {
            return null;
        }

        deletion.BeginErasure(now);
        var contact = await mediator.Send(new CloseAccountForErasureCommand(deletion.UserId), cancellationToken);
        return new ErasureSubjectDto(deletion.UserId, contact);
    }
}
