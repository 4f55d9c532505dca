using Creo.Testing;

namespace Creo.EndToEnd.Tests;

/// <summary>Crëo with an OpenAI-compatible image host: the stand-in, answering <c>b64_json</c> for its gpt-image model.</summary>
public sealed class BrowserAppWithOpenAI(Chromium chromium) : BrowserApp(chromium)
{
    public OpenAIImagesStandIn OpenAI { get; private set; } = null!;

    protected override async Task BeforeStartAsync() => OpenAI = await OpenAIImagesStandIn.StartAsync();

    protected override async ValueTask AfterStopAsync() => await OpenAI.DisposeAsync();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in OpenAI.Settings())
        {
            settings[key] = value;
        }
    }
}
