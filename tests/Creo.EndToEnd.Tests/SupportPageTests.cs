using Creo.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Creo.EndToEnd.Tests;

/// <summary>The staff area as support uses it: find an account with a reason, read it, correct credits, suspend.</summary>
public sealed class SupportPageTests(BrowserAppWithStaff browser) : IClassFixture<BrowserAppWithStaff>
{
    [Fact]
    public async Task Support_finds_an_account_with_a_reason_adjusts_credits_and_suspends_it_and_the_person_sees_it_in_their_security_log()
    {
        var personEmail = Person.NewEmail("ada");
        var person = await browser.NewPageAsync();
        await Person.SignInAsync(browser, person, personEmail);
        await Person.OnboardAsync(person);

        var staff = await browser.NewPageAsync();
        await Person.SignInAsync(browser, staff, BrowserAppWithStaff.AdminEmail);
        await Person.OnboardAsync(staff);

        // Every address the staff member's browser asks for, to prove neither the searched address nor a reason is in one.
        var addresses = new List<string>();
        staff.Request += (_, request) => addresses.Add(request.Url);
        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Support" }).ClickAsync();
        await staff.GetByLabel("Email address or name").FillAsync(personEmail[..10]);
        Assert.True(await staff.GetByLabel("Reason", new() { Exact = true }).EvaluateAsync<bool>("input => input.required"));
        await staff.GetByLabel("Reason", new() { Exact = true }).FillAsync("Ticket 88: missing credits");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await staff.GetByTestId("accounts").GetByRole(AriaRole.Button, new() { Name = personEmail }).ClickAsync();
        await Expect(staff.GetByTestId("balance")).ToHaveTextAsync("50", new() { UseInnerText = true });
        await Expect(staff.GetByTestId("staff-ledger")).ToContainTextAsync("Welcome credits", new() { UseInnerText = true });
        await Expect(staff.GetByTestId("staff-acts")).ToContainTextAsync("Ticket 88: missing credits", new() { UseInnerText = true });

        await staff.GetByLabel("Credits to add (negative to take back)").FillAsync("10");
        await staff.GetByLabel("Reason the person will read in their ledger").FillAsync("Sorry for the failed run");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Adjust credits" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("The credits were adjusted", new() { UseInnerText = true });
        await Expect(staff.GetByTestId("balance")).ToHaveTextAsync("60", new() { UseInnerText = true });
        await Expect(staff.GetByTestId("staff-ledger")).ToContainTextAsync("Sorry for the failed run", new() { UseInnerText = true });
        await Expect(staff.GetByTestId("staff-acts")).ToContainTextAsync("Corrected the credits", new() { UseInnerText = true });
        await Accessibility.AssertAtBothWidthsAsync(staff, "admin-account");

        await staff.Locator("#suspend-reason").FillAsync("Chargeback under review");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Suspend the account" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("suspended", new() { UseInnerText = true });

        await person.GotoAsync("/credits");
        Assert.Equal("/signin", new Uri(person.Url).AbsolutePath);
        Assert.NotEmpty(addresses);
        foreach (var address in addresses)
        {
            var decoded = Uri.UnescapeDataString(address);
            Assert.DoesNotContain(personEmail[..10], decoded, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Ticket 88", decoded, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Chargeback", decoded, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_admin_removes_a_minors_account_after_a_confirmation_naming_it_and_the_page_after_says_what_happened()
    {
        var minorEmail = Person.NewEmail("kid");
        var minor = await browser.NewPageAsync();
        await Person.SignInAsync(browser, minor, minorEmail);
        await Person.OnboardAsync(minor);

        var admin = await browser.NewPageAsync();
        await Person.SignInAsync(browser, admin, BrowserAppWithStaff.AdminEmail);
        await admin.GotoAsync("/admin");
        await admin.GetByLabel("Email address or name").FillAsync(minorEmail);
        await admin.GetByLabel("Reason", new() { Exact = true }).FillAsync("Ticket 91: a parent wrote in");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await admin.GetByTestId("accounts").GetByRole(AriaRole.Button, new() { Name = minorEmail }).ClickAsync();
        await admin.GetByLabel("Reason (the report you received)").FillAsync("The parent's email says the holder is 13");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Remove as a minor's account…" }).ClickAsync();

        var confirmation = admin.GetByTestId("confirm-removal");
        await Expect(confirmation).ToContainTextAsync(minorEmail, new() { UseInnerText = true });
        await Expect(confirmation).ToContainTextAsync("cannot be undone", new() { UseInnerText = true });
        await Accessibility.AssertAtBothWidthsAsync(admin, "admin-remove-minor-confirm");
        await confirmation.GetByRole(AriaRole.Button, new() { Name = $"Erase {minorEmail}" }).ClickAsync();

        await Expect(admin.GetByTestId("removal-done")).ToContainTextAsync($"({minorEmail}) was removed as a minor's", new() { UseInnerText = true });
        await Accessibility.AssertAtBothWidthsAsync(admin, "admin-remove-minor-done");
        await minor.GotoAsync("/studio");
        Assert.Equal("/signin", new Uri(minor.Url).AbsolutePath);
    }

    [Fact]
    public async Task A_person_without_a_staff_role_cannot_open_the_staff_area()
    {
        var page = await browser.NewPageAsync();
        await Person.SignInAsync(browser, page, Person.NewEmail("mallory"));
        await Person.OnboardAsync(page);

        var response = await page.GotoAsync("/admin");

        Assert.Equal(403, response!.Status);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Support" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Support_answers_a_privacy_request_from_the_desk_and_the_person_is_mailed_the_answer()
    {
        var personEmail = Person.NewEmail("grace");
        var person = await browser.NewPageAsync();
        await Person.SignInAsync(browser, person, personEmail);
        await Person.OnboardAsync(person);
        await person.GotoAsync("/privacy/center");
        await person.GetByLabel("What would you like?").SelectOptionAsync("correct");
        await person.GetByLabel("Details (optional)").FillAsync("My name is spelled Grace, not Grase.");
        await person.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        var staff = await browser.NewPageAsync();
        await Person.SignInAsync(browser, staff, BrowserAppWithStaff.AdminEmail);
        await staff.GotoAsync("/admin/requests");
        var card = staff.GetByTestId("desk").Locator("li").Filter(new() { HasText = personEmail });
        await Expect(card).ToContainTextAsync("My name is spelled Grace", new() { UseInnerText = true });
        await BrowserApp.ScreenshotAsync(staff, "support-desk-desktop");
        await card.GetByLabel("Answer (mailed to the person)").FillAsync("Corrected: your name now reads Grace.");
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Answer") }).ClickAsync();

        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("The request is answered", new() { UseInnerText = true });
        await Expect(staff.GetByTestId("desk").Locator("li").Filter(new() { HasText = personEmail })).ToHaveCountAsync(0);
        var answer = Assert.Single(Mailbox.To(browser.DataDirectory, personEmail), m => m.Subject == "Your privacy request has been answered");
        Assert.Contains("Corrected: your name now reads Grace.", answer.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_records_a_breach_and_an_affected_person_is_told_on_the_dashboard_and_by_mail()
    {
        var personEmail = Person.NewEmail("linus");
        var person = await browser.NewPageAsync();
        await Person.SignInAsync(browser, person, personEmail);
        await Person.OnboardAsync(person);

        var admin = await browser.NewPageAsync();
        await Person.SignInAsync(browser, admin, BrowserAppWithStaff.AdminEmail);
        await admin.GotoAsync("/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Breach notices" }).ClickAsync();
        await admin.GetByLabel("What happened (kept with the record)").FillAsync("A misconfigured backup bucket was readable for two hours.");
        await admin.GetByLabel("Every active account").CheckAsync();
        await admin.GetByLabel("Message to the people affected").FillAsync("Your email address may have been seen by someone outside Crëo.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Check who is told" }).ClickAsync();
        var confirmation = admin.GetByTestId("confirm-breach");
        await Expect(confirmation.GetByTestId("breach-recipients")).ToContainTextAsync(personEmail, new() { UseInnerText = true });
        await Accessibility.AssertAtBothWidthsAsync(admin, "admin-breach-confirm");
        await confirmation.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Record the breach and mail \\d+ (person|people)$") }).ClickAsync();

        var recorded = await admin.GetByTestId("breach-recorded").InnerTextAsync();
        Assert.Contains("being told", recorded);
        Assert.Contains(browser.App.Clock.GetUtcNow().AddHours(72).ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), recorded);
        await Expect(admin.GetByTestId("past-breaches")).ToContainTextAsync("A misconfigured backup bucket", new() { UseInnerText = true });
        await Accessibility.AssertAtBothWidthsAsync(admin, "admin-breaches");

        await Eventually.UntilAsync(
            () => Task.FromResult(Mailbox.To(browser.DataDirectory, personEmail).Count(m => m.Subject?.StartsWith("Important", StringComparison.Ordinal) == true)),
            mails => mails == 1,
            mails => $"The person got {mails} breach mails, expected 1.");
        await person.GotoAsync("/studio");
        var notice = person.GetByRole(AriaRole.Region, new() { Name = "A security incident may have affected your account." });
        await Expect(notice).ToContainTextAsync("may have been seen by someone outside", new() { UseInnerText = true });
        await notice.GetByRole(AriaRole.Button, new() { Name = "I have read this" }).ClickAsync();
        await Expect(person.GetByRole(AriaRole.Region, new() { Name = "A security incident may have affected your account." })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Support_logs_a_request_that_arrived_by_email_and_it_is_due_30_days_after_it_arrived()
    {
        var personEmail = Person.NewEmail("ken");
        var person = await browser.NewPageAsync();
        await Person.SignInAsync(browser, person, personEmail);
        await Person.OnboardAsync(person);
        var arrived = browser.App.Clock.GetUtcNow().AddDays(-2);

        var staff = await browser.NewPageAsync();
        await Person.SignInAsync(browser, staff, BrowserAppWithStaff.AdminEmail);
        await staff.GotoAsync("/admin/requests");
        await staff.GetByText("Log a request that arrived by email").ClickAsync();
        await staff.GetByLabel("The sender's sign-in address").FillAsync(personEmail);
        await staff.GetByLabel("Right asked for").SelectOptionAsync("object");
        await staff.GetByLabel("What they wrote").FillAsync("Please stop using my data for analytics.");
        await staff.GetByLabel("Received on (UTC)").FillAsync(arrived.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Log the request" }).ClickAsync();

        await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("The emailed request is on the desk", new() { UseInnerText = true });
        var card = staff.GetByTestId("desk").Locator("li").Filter(new() { HasText = personEmail });
        var text = await card.InnerTextAsync();
        Assert.Contains("by email", text);
        Assert.Contains(arrived.AddDays(30).ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), text);
    }
}
