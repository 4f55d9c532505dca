
namespace Creo.Application.Accounts.RecordStaffAct;

internal sealed class RecordStaffActCommandValidator : AbstractValidator<RecordStaffActCommand>
{
    public RecordStaffActCommandValidator()
    {
        RuleFor(c => c.StaffUserId).NotEmpty();
        RuleFor(c => c.SubjectUserId).NotEmpty();
        RuleFor(c => c.Action).NotEmpty().MaximumLength(StaffAuditEntry.MaxActionLength);
        RuleFor(c => c.Reason).NotEmpty();
        RuleFor(c => c.WhatHappened).NotEmpty();
    }
}
