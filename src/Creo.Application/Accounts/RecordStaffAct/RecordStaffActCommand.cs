
namespace Creo.Application.Accounts.RecordStaffAct;

/// <summary>
/// Another module's staff act (a privacy request answered, extended or logged) goes into the staff audit log under the
/// staff member who did it, and into the person's security log as <paramref name="WhatHappened"/>.
/// </summary>
public sealed record RecordStaffActCommand(Guid StaffUserId, Guid SubjectUserId, string Action, string Reason, string WhatHappened) : ICommand;
