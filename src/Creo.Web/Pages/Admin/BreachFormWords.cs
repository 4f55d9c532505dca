using Creo.Domain.Privacy;

namespace Creo.Web.Pages.Admin;

/// <summary>
/// The breach page's refusals in its own words: the API names its fields ('userIds', 'all': true), the page names
/// what a person sees on the form.
/// </summary>
public static class BreachFormWords
{
    /// <summary>What the form is missing before anything is sent, or null when it is complete.</summary>
    public static IEnumerable<string> Missing(string audience, string? userIds, IReadOnlyCollection<string> categories, DateTime? from, DateTime? to, string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            yield return "Write the message to the people affected.";
        }

        switch (audience)
        {
            case "accounts" when string.IsNullOrWhiteSpace(userIds):
                yield return "Paste the id of at least one account under \"Account ids\", or choose another answer to \"Who is told\".";
                break;
            case "categories" when categories.Count == 0:
                yield return "Tick the data involved, or choose another answer to \"Who is told\".";
                break;
            case "categories" when to is null:
                yield return "Give \"Window to\": only accounts that existed by the end of the window are told.";
                break;
            case "accounts" or "categories" or "all":
                break;
            default:
                yield return "Choose who is told.";
                break;
        }

        if (from is { } start && to is { } end && start > end)
        {
            yield return "\"Window from\" must come before \"Window to\".";
        }
    }

    /// <summary>A refusal of the breach command, by the field it names, in the page's words.</summary>
    public static string Say(string property, string apiMessage) => property.Replace("Breach.", "", StringComparison.Ordinal) switch
    {
        "UserIds" when apiMessage.StartsWith("No account", StringComparison.Ordinal) => apiMessage.Replace("No account to tell has the id(s)", "No account has the id", StringComparison.Ordinal) + " Check \"Account ids\".",
        "UserIds" => "Say who is told: paste account ids under \"Account ids\", tick the data involved, or choose \"Every active account\".",
        "To" => "Give \"Window to\": only accounts that existed by the end of the window are told.",
        "From" => "\"Window from\" must come before \"Window to\".",
        "Categories" => "Tick only the kinds of data listed under \"Data involved\".",
        "Message" => $"Write the message to the people affected, in at most {Breach.MaxMessageLength:N0} characters.",
        "Description" => $"Say what happened in at most {Breach.MaxDescriptionLength:N0} characters.",
        "DiscoveredAt" => "\"Discovered at\" cannot be later than now.",
        _ => apiMessage,
    };
}
