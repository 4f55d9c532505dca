using Creo.Application.Privacy.PublishPolicyVersion;
using Creo.Web.Tests.Generations;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Creo.Web.Tests.Privacy;

/// <summary>Policy section 12: "Material changes will be announced on the dashboard".</summary>
public sealed class PolicyChangeBannerTests(EmbeddedStudioApp app) : IClassFixture<EmbeddedStudioApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_material_change_is_announced_on_every_page_until_accepted()
    {
        var user = await app.NewPersonAsync();
        Assert.DoesNotContain("Our privacy policy has changed", await PageAsync(user, "/studio"), StringComparison.Ordinal);

        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
                new PublishPolicyVersionCommand(2, app.App.Clock.GetUtcNow().AddDays(7), Material: true, "02 What changed"), Cancel);
        }

        var studio = await PageAsync(user, "/studio");
        var gallery = await PageAsync(user, "/gallery");

        Assert.Contains("Our privacy policy has changed", studio, StringComparison.Ordinal);
        Assert.Contains("Version 2 takes effect on", studio, StringComparison.Ordinal);
        Assert.Contains("Our privacy policy has changed", gallery, StringComparison.Ordinal);
        Assert.DoesNotContain("Our privacy policy has changed", await (await app.Http.GetAsync("/privacy", Cancel)).Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(Creo.Testing.SignedInUser user, string path)
    {
        using var response = await user.GetAsync(path);
        return await response.Content.ReadAsStringAsync(Cancel);
    }
}
