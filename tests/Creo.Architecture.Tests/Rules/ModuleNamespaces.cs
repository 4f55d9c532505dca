namespace Creo.Architecture.Tests.Rules;

/// <summary>A module shows as the third namespace segment of any layer: Creo.&lt;Layer&gt;.&lt;Module&gt;….</summary>
public static class ModuleNamespaces
{
    private static readonly string[] LayerNames = ["Domain", "Application", "Infrastructure", "Web"];

    public static (string Layer, string Module)? Of(string ns) =>
        ns.Split('.') is ["Creo", var layer, var module, ..] && LayerNames.Contains(layer) && Layers.Modules.Contains(module)
            ? (layer, module)
            : null;
}
