using Creo.Web.Accounts;

namespace Creo.Web.Tests.Accounts;

public sealed class SecurityEventNamesTests
{
    [Theory]
    [InlineData("signed-in", "Signed in")]
    [InlineData("session-revoked", "Session ended")]
    [InlineData("staff-access", "Support staff viewed your data")]
    [InlineData("staff-credit-correction", "Support corrected your credits")]
    [InlineData("staff-action", "Support staff acted on your account")]
    [InlineData("password-changed", "Password changed")]
    public void Kinds_read_as_words(string kind, string expected) => Assert.Equal(expected, SecurityEventNames.Describe(kind));

    /// <summary>Corrections logged before they had a kind of their own are no read of anyone's data either.</summary>
    [Theory]
    [InlineData("staff-access", "Support staff adjusted your credits by +20. Reason given: goodwill.", "Support corrected your credits")]
    [InlineData("staff-access", "Support staff viewed your account. Reason given: billing question.", "Support staff viewed your data")]
    [InlineData("signed-in", null, "Signed in")]
    public void A_kind_is_named_by_its_detail_where_one_kind_once_covered_two_things(string kind, string? detail, string expected) =>
        Assert.Equal(expected, SecurityEventNames.Describe(kind, detail));

    [Fact]
    public void An_ended_sessions_detail_names_the_browser_instead_of_its_user_agent()
    {
        var detail = SecurityEventNames.Detail("session-revoked", "Ended the session of Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1.");

        Assert.Equal("Ended the session of Safari on iPhone.", detail);
    }

    [Theory]
    [InlineData("session-revoked", "Ended the session of an unknown browser.", "Ended the session of an unknown browser.")]
    [InlineData("staff-access", "Read by support: billing question.", "Read by support: billing question.")]
    [InlineData("signed-in", null, null)]
    public void Other_details_are_shown_as_written(string kind, string? detail, string? expected) =>
        Assert.Equal(expected, SecurityEventNames.Detail(kind, detail));
}
