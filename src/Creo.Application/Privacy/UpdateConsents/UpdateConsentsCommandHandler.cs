using Creo.Application.Privacy.GetCurrentPolicy;
using Creo.Application.Privacy.Contracts;

namespace Creo.Application.Privacy.UpdateConsents;

internal sealed class UpdateConsentsCommandHandler(IPrivacyData data, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : ICommandHandler<UpdateConsentsCommand, ConsentsDto>
{
    public async ValueTask<ConsentsDto> Handle(UpdateConsentsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var policy = await mediator.Send(new GetCurrentPolicyQuery(), cancellationToken);
        var current = await ConsentReader.ReadAsync(data, command.UserId, globalPrivacyControl: false, cancellationToken);

        // Sec-GPC: 1 is the browser saying "do not sell or share": analytics is refused, and recorded as refused.
        var analytics = command.Analytics && !command.GlobalPrivacyControl;
        var analyticsSource = command.GlobalPrivacyControl ? "global-privacy-control" : command.Source;
        if (analytics != current.Analytics || current.UpdatedAt is null)
        {
            data.ConsentRecords.Add(ConsentRecord.Record(command.UserId, ConsentPurpose.Analytics, analytics, policy.Version, analyticsSource, now));
        }

        if (command.ProductEmails != current.ProductEmails || current.UpdatedAt is null)
        {
            data.ConsentRecords.Add(ConsentRecord.Record(command.UserId, ConsentPurpose.ProductEmails, command.ProductEmails, policy.Version, command.Source, now));
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ConsentReader.ReadAsync(data, command.UserId, command.GlobalPrivacyControl, cancellationToken);
    }
}
