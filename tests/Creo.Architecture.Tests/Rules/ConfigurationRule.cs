using Microsoft.EntityFrameworkCore;

namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// An EF configuration maps one module's entity, so it may use that module's domain types (and the shared
/// Creo.Domain.Common) — never another module's, nor any module's application, adapter or host types.
/// </summary>
public static class ConfigurationRule
{
    public static IReadOnlyList<Violation> Check(IEnumerable<Type> configurations) =>
        configurations.SelectMany(type =>
            {
                var own = ModuleOf(type);
                return TypeDependencies.Of(type)
                    .Where(d => ModuleNamespaces.Of(d.Namespace) is { } m && !(m.Layer == "Domain" && m.Module == own))
                    .Select(d => new Violation(type, d.FullName));
            })
            .ToList();

    /// <summary>The module of the entity it configures; a helper without an entity keeps to its namespace's module.</summary>
    private static string? ModuleOf(Type configuration)
    {
        var entity = configuration.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
            ?.GetGenericArguments()[0];
        if (entity is not null)
        {
            return ModuleNamespaces.Of(entity.Namespace ?? "")?.Module;
        }

        var segments = TypeDependencies.NamespaceOf(configuration).Split('.');
        var index = Array.IndexOf(segments, "Configurations");
        return index >= 0 && index + 1 < segments.Length && Layers.Modules.Contains(segments[index + 1]) ? segments[index + 1] : null;
    }
}
