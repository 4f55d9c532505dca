using Creo.Domain.Common;
using Creo.Domain.Privacy;

namespace Creo.Domain.Tests.Privacy;

public sealed class PrivacyRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Person = Guid.CreateVersion7();

    [Fact]
    public void A_request_that_arrived_by_mail_is_due_30_days_after_it_arrived_and_only_within_the_last_30_days()
    {
        var request = PrivacyRequest.ReceiveByEmail(Person, PrivacyRequestType.Delete, "Please delete me.", Now.AddDays(-4), Now);

        Assert.Equal((PrivacyRequest.FromEmail, Now.AddDays(26)), (request.Source, request.DueAt));
        Assert.Equal("received-at-invalid", Assert.Throws<DomainException>(() => PrivacyRequest.ReceiveByEmail(Person, PrivacyRequestType.Access, "", Now.AddMinutes(1), Now)).Code);
        Assert.Equal("received-at-invalid", Assert.Throws<DomainException>(() => PrivacyRequest.ReceiveByEmail(Person, PrivacyRequestType.Access, "", Now.AddDays(-30).AddSeconds(-1), Now)).Code);
    }

    [Fact]
    public void A_request_is_answered_once_with_an_outcome_and_then_cannot_be_extended()
    {
        var request = PrivacyRequest.Receive(Person, PrivacyRequestType.Access, "", PrivacyRequest.FromWeb, Now.AddDays(-40));

        Assert.True(request.IsOverdueAt(Now));
        Assert.Equal("outcome-missing", Assert.Throws<DomainException>(() => request.Complete(" ", Now)).Code);
        request.Complete("Sent the archive.", Now);

        Assert.False(request.IsOverdueAt(Now));
        Assert.Equal("request-closed", Assert.Throws<DomainException>(() => request.Complete("Again.", Now)).Code);
        Assert.Equal("request-closed", Assert.Throws<DomainException>(() => request.Extend(5, "Late.", Now)).Code);
    }
}
