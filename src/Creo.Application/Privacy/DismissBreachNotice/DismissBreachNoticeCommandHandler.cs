namespace Creo.Application.Privacy.DismissBreachNotice;

internal sealed class DismissBreachNoticeCommandHandler(IPrivacyData data, TimeProvider clock) : ICommandHandler<DismissBreachNoticeCommand>
{
    public async ValueTask<Unit> Handle(DismissBreachNoticeCommand command, CancellationToken cancellationToken)
    {
        // Scoped by the caller's id: someone else's notice is as absent as one that never was.
        var notification = await data.BreachNotifications
            .FirstOrNotFoundAsync(n => n.UserId == command.UserId && n.BreachId == command.BreachId, "Breach notice", cancellationToken);
        notification.Dismiss(clock.GetUtcNow());
        return Unit.Value;
    }
}
