using System.Net;
using Creo.Testing;
using Microsoft.EntityFrameworkCore;
using static Creo.Web.Tests.Support.StaffPages;

namespace Creo.Web.Tests.Support;

/// <summary>
/// Issue 15, the breach page: mail to everyone cannot be taken back, so the form first shows who would be told and
/// records only by a sealed confirmation of that exact set; its refusals use the form's words; past breaches are listed
/// with their 72-hour deadline and how many people were told.
/// </summary>
public abstract class BreachPageTests<TApp>(TApp app)
    where TApp : StaffAppBase
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Checking_the_form_shows_who_is_told_and_records_nothing_and_only_the_confirmation_records_it()
    {
        var admin = await app.AdminAsync();
        var person = await app.NewPersonAsync();
        var personId = await app.IdOfAsync(person);
        var breachesBefore = await BreachesAsync();

        using var checkedForm = await PostAsync(admin, "/admin/breaches", new()
        {
            ["Audience"] = "accounts", ["UserIds"] = personId.ToString(), ["Message"] = "Your address may have been seen.", ["Description"] = "Backup bucket readable.",
        });

        var confirmation = await checkedForm.Content.ReadAsStringAsync(Cancel);
        Assert.True(checkedForm.StatusCode == HttpStatusCode.OK, confirmation);
        var list = Section(confirmation, "confirm-breach");
        Assert.Contains(person.Email, list, StringComparison.Ordinal);
        Assert.Contains("Mail 1 person", list, StringComparison.Ordinal);
        Assert.Equal(breachesBefore, await BreachesAsync());
        var token = TokenIn(confirmation);

        var tampered = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];
        using var changed = await PostAsync(admin, "/admin/breaches?handler=Confirm", new() { ["Confirmation"] = tampered });
        using var byAnotherAdmin = await PostAsync(await app.AnotherAdminAsync(), "/admin/breaches?handler=Confirm", new() { ["Confirmation"] = token });
        using var bySupport = await PostAsync(await app.SupportAsync(), "/admin/breaches?handler=Confirm", new() { ["Confirmation"] = token });
        Assert.Equal(
            (HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden),
            (changed.StatusCode, byAnotherAdmin.StatusCode, bySupport.StatusCode));
        Assert.Contains("This confirmation cannot be used", await changed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(breachesBefore, await BreachesAsync());

        using var confirmed = await PostAsync(admin, "/admin/breaches?handler=Confirm", new() { ["Confirmation"] = token, ["Audience"] = "all" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("notifying=1", confirmed.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(breachesBefore + 1, await BreachesAsync());

        await Eventually.UntilAsync(
            async () =>
            {
                using var page = await admin.GetAsync("/admin/breaches");
                return Section(await page.Content.ReadAsStringAsync(Cancel), "past-breaches");
            },
            past => past.Contains("1 mailed", StringComparison.Ordinal),
            past => $"The past breaches did not say one person was mailed: {past}");
        using var listed = await admin.GetAsync("/admin/breaches");
        var listedHtml = await listed.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Tell the authority by", listedHtml, StringComparison.Ordinal);
        Assert.Contains("Backup bucket readable.", listedHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accounts", "", "Account ids")]
    [InlineData("categories", "", "Tick the data involved")]
    [InlineData("accounts", "00000000-0000-0000-0000-0000000000ab", "No account has the id")]
    public async Task The_forms_refusals_are_in_its_own_words_not_the_apis_field_names(string audience, string userIds, string expected)
    {
        var admin = await app.AdminAsync();
        var breachesBefore = await BreachesAsync();

        using var response = await PostAsync(admin, "/admin/breaches", new() { ["Audience"] = audience, ["UserIds"] = userIds, ["Message"] = "Something happened." });

        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {html}");
        Assert.Contains(expected, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("userIds", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x27;all&#x27;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"confirm-breach\"", html, StringComparison.Ordinal);
        Assert.Equal(breachesBefore, await BreachesAsync());
    }

    private async Task<int> BreachesAsync()
    {
        await using var db = app.Database.CreateContext();
        return await db.Breaches.CountAsync(Cancel);
    }
}

public sealed class PostgresBreachPageTests(StaffApp app) : BreachPageTests<StaffApp>(app), IClassFixture<StaffApp>;

public sealed class EmbeddedBreachPageTests(EmbeddedStaffApp app) : BreachPageTests<EmbeddedStaffApp>(app), IClassFixture<EmbeddedStaffApp>;
