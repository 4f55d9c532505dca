using System.Text.RegularExpressions;
using Creo.Application.Generations.Catalog;
using Creo.Application.Generations.Providers;

namespace Creo.Infrastructure.Generations.Replicate;

/// <summary>
/// One hosted model on offer, as <c>Replicate__Models__0__…</c> describes it: <see cref="HostedModelOptions.ProviderModel"/>
/// is Replicate's <c>owner/name</c>, and <see cref="HostedModelOptions.MaxRunTimeSeconds"/> is sent as Replicate's
/// <c>Cancel-After</c> deadline, so a stuck prediction stops billing on its own.
/// </summary>
/// <remarks>
/// A 64-hex <see cref="HostedModelOptions.Version"/> pins the exact weights (<c>POST /v1/predictions</c>); anything else is
/// a label for an official model, which runs whatever version its owner publishes
/// (<c>POST /v1/models/{owner}/{name}/predictions</c>).
/// </remarks>
public sealed partial class ReplicateModelOptions : HostedModelOptions
{
    internal static bool IsVersionId(string version) => VersionId().IsMatch(version);

    internal ModelDefinition ToDefinition(string path)
    {
        if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Version))
        {
            throw new InvalidOperationException($"{path} needs an Id, a Name and a Version.");
        }

        if (!OwnerAndName().IsMatch(ProviderModel))
        {
            throw new InvalidOperationException($"{path}__ProviderModel must be Replicate's owner/name.");
        }

        return ToDefinition(path, ProviderNames.Replicate);
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex VersionId();

    // Both parts go into a URL path, so only the characters Replicate allows in names.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex OwnerAndName();
}
