using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Privacy.ErasePrivacyRecords;

internal sealed class ErasePrivacyRecordsCommandHandler(IPrivacyData data) : ICommandHandler<ErasePrivacyRecordsCommand, int>
{
    public async ValueTask<int> Handle(ErasePrivacyRecordsCommand command, CancellationToken cancellationToken) =>
        await data.ConsentRecords.Where(c => c.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken)
        + await data.PrivacyRequests.Where(r => r.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken)
        + await data.PolicyChangeNotices.Where(n => n.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken)
        + await data.DataExports.Where(e => e.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken)
        + await data.BreachNotifications.Where(n => n.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
}
