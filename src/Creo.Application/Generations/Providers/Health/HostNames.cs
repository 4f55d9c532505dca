namespace Creo.Application.Generations.Providers.Health;

/// <summary>Hosts as a person knows them, for the words shown when one is not answering.</summary>
public static class HostNames
{
    public static string Of(string host) => host switch
    {
        ProviderNames.Local => "The studio's own renderer",
        ProviderNames.Replicate => "Replicate",
        ProviderNames.Fal => "fal.ai",
        ProviderNames.OpenAI => "The image host",
        _ => "The model host",
    };

    public static string NotAnswering(string host) => $"{Of(host)} is not answering; try again in a few minutes.";
}
