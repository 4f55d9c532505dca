using Creo.Application.Accounts.Contracts;

namespace Creo.Application.Accounts.RecordStaffAct;

internal sealed class RecordStaffActCommandHandler(StaffAudit audit) : ICommandHandler<RecordStaffActCommand>
{
    public ValueTask<Unit> Handle(RecordStaffActCommand command, CancellationToken cancellationToken)
    {
        audit.Record(command.StaffUserId, command.SubjectUserId, command.Action, command.Reason, command.WhatHappened);
        return ValueTask.FromResult(Unit.Value);
    }
}
