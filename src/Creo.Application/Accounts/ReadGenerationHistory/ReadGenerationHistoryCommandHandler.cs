using Creo.Application.Generations.Contracts;
using Creo.Application.Generations.GetGenerationHistory;

namespace Creo.Application.Accounts.ReadGenerationHistory;

internal sealed class ReadGenerationHistoryCommandHandler(IAccountsData data, IMediator mediator, StaffAudit audit)
    : ICommandHandler<ReadGenerationHistoryCommand, IReadOnlyList<GenerationHistoryItemDto>>
{
    public const int Limit = 100;

    public async ValueTask<IReadOnlyList<GenerationHistoryItemDto>> Handle(ReadGenerationHistoryCommand command, CancellationToken cancellationToken)
    {
        if (!await data.Users.AnyAsync(u => u.Id == command.UserId, cancellationToken))
        {
            throw new NotFoundException("Account");
        }

        var history = await mediator.Send(new GetGenerationHistoryQuery(command.UserId, Limit), cancellationToken);
        audit.Record(command.StaffUserId, command.UserId, StaffAudit.ReadGenerations, command.Reason, "Support staff viewed your generation history (not your prompts or images).");
        return history;
    }
}
