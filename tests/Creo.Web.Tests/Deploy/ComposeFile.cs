using Creo.Testing;
using YamlDotNet.RepresentationModel;

namespace Creo.Web.Tests.Deploy;

/// <summary>
/// <c>deploy/compose.yaml</c> as the tests read it: each service's image, command, environment and secrets, with anchors,
/// aliases and merge keys (<c>&lt;&lt;: *x</c>) resolved as Compose resolves them. Only the subset the file uses: an
/// <c>environment</c> given as a list, say, is refused rather than misread.
/// </summary>
public sealed class ComposeFile
{
    private readonly YamlMappingNode root;

    private ComposeFile(YamlMappingNode root) => this.root = root;

    public static string FilePath => RepositoryPaths.Combine("deploy", "compose.yaml");

    public static ComposeFile Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(FilePath))
        {
            stream.Load(reader);
        }

        return new ComposeFile((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public IReadOnlyList<string> ServiceNames => [.. Merged(Mapping(root, "services")).Keys];

    /// <summary>A top-level section (<c>secrets</c>, <c>volumes</c>…), merge keys resolved.</summary>
    public IReadOnlyDictionary<string, YamlNode> Section(string key) => Merged(Mapping(root, key));

    public ComposeService Service(string name) =>
        new(name, Merged((YamlMappingNode)(Merged(Mapping(root, "services")).GetValueOrDefault(name)
            ?? throw new InvalidOperationException($"deploy/compose.yaml has no service {name}."))));

    /// <summary>A mapping's entries, a merge key's entries first and the mapping's own over them.</summary>
    internal static Dictionary<string, YamlNode> Merged(YamlMappingNode mapping)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (mapping.Children.TryGetValue(new YamlScalarNode("<<"), out var merge))
        {
            foreach (var (key, value) in Merged((YamlMappingNode)merge))
            {
                entries[key] = value;
            }
        }

        foreach (var (key, value) in mapping.Children.Where(entry => Text(entry.Key) != "<<"))
        {
            entries[Text(key)] = value;
        }

        return entries;
    }

    internal static string Text(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new InvalidOperationException($"Expected a scalar at {node.Start}.");

    private static YamlMappingNode Mapping(YamlMappingNode parent, string key) =>
        (YamlMappingNode)(Merged(parent).GetValueOrDefault(key) ?? throw new InvalidOperationException($"deploy/compose.yaml has no {key}."));
}

/// <summary>One service of <see cref="ComposeFile"/>.</summary>
public sealed class ComposeService(string name, IReadOnlyDictionary<string, YamlNode> entries)
{
    public string Name { get; } = name;

    public string? Image => entries.TryGetValue("image", out var image) ? ComposeFile.Text(image) : null;

    public IReadOnlyList<string> Command =>
        entries.TryGetValue("command", out var command) ? [.. ((YamlSequenceNode)command).Children.Select(ComposeFile.Text)] : [];

    /// <summary>The variables Compose gives the process, <c>Section__Key</c> names as written.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        entries.TryGetValue("environment", out var environment)
            ? ComposeFile.Merged((YamlMappingNode)environment).ToDictionary(e => e.Key, e => ComposeFile.Text(e.Value), StringComparer.Ordinal)
            : new Dictionary<string, string>();

    /// <summary>The secrets mounted at <c>/run/secrets/&lt;Target&gt;</c> (a short entry's target is its source).</summary>
    public IReadOnlyList<(string Source, string Target)> Secrets =>
        entries.TryGetValue("secrets", out var secrets)
            ? [.. ((YamlSequenceNode)secrets).Children.Select(Secret)]
            : [];

    /// <summary>Any other entry of the service, as written (null when absent).</summary>
    public YamlNode? this[string key] => entries.GetValueOrDefault(key);

    private static (string Source, string Target) Secret(YamlNode entry)
    {
        if (entry is YamlScalarNode)
        {
            return (ComposeFile.Text(entry), ComposeFile.Text(entry));
        }

        var fields = ComposeFile.Merged((YamlMappingNode)entry);
        var source = ComposeFile.Text(fields["source"]);
        return (source, fields.TryGetValue("target", out var target) ? ComposeFile.Text(target) : source);
    }
}
