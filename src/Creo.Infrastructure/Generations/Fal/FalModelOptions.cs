using System.Text.RegularExpressions;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;

namespace Creo.Infrastructure.Generations.Fal;

/// <summary>
/// One model on fal's queue, as <c>Fal__Models__0__…</c> describes it: <see cref="HostedModelOptions.ProviderModel"/> is
/// fal's model id, <c>owner/app</c> with an optional sub-path (<c>fal-ai/flux/dev</c>). Past
/// <see cref="HostedModelOptions.MaxRunTimeSeconds"/> (and a minute's grace) the job cancels the request on fal's queue.
/// </summary>
public sealed partial class FalModelOptions : HostedModelOptions
{
    /// <summary>fal runs whatever its app serves now; the version is only the label generations record.</summary>
    public FalModelOptions() => Version = "latest";

    /// <summary>The app id (<c>owner/app</c>) under which fal keeps a model's requests, whatever its sub-path.</summary>
    internal static string AppIdOf(string providerModel) => string.Join('/', providerModel.Split('/').Take(2));

    internal static bool IsModelPath(string path) => ModelPath().IsMatch(path);

    internal ModelDefinition ToDefinition(string path)
    {
        if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Version) || Version.Length > 100)
        {
            throw new InvalidOperationException($"{path} needs an Id, a Name and a Version of at most 100 characters.");
        }

        if (!IsModelPath(ProviderModel))
        {
            throw new InvalidOperationException($"{path}__ProviderModel must be fal's model id, owner/app or owner/app/sub-path.");
        }

        return ToDefinition(path, ProviderNames.Fal);
    }

    // Every segment goes into a URL path: only the characters fal uses in ids, and no dot segments.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*){1,4}$")]
    private static partial Regex ModelPath();
}
