using System.Reflection;
using Creo.Application.Common.Jobs;
using Mediator;

namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// What a module offers others, defined by type, not by namespace: its public mediator messages (commands, queries)
/// and job records, every Creo type reachable from their public properties, public constructor parameters and results
/// (walked through generics and arrays, so a DTO's DTO counts), and the module's published constants — the public
/// static classes in its <c>…Contracts</c> folder (hold keys, rule names, the dispute refusal), which several use cases
/// of other modules must spell the same way. Handlers, data ports, options, entities and DTOs that no message exposes
/// are not on offer, wherever they live.
/// </summary>
public static class ModuleContracts
{
    public static IReadOnlySet<Type> In(IEnumerable<Type> types)
    {
        var all = types.ToList();
        var offered = new HashSet<Type>();
        var pending = new Queue<Type>(all.Where(t => IsMessage(t) || IsPublishedConstants(t)));
        while (pending.TryDequeue(out var type))
        {
            if (!offered.Add(type))
            {
                continue;
            }

            foreach (var exposed in Exposed(type).SelectMany(Unwrap).Where(t => t.Namespace?.StartsWith("Creo.", StringComparison.Ordinal) == true))
            {
                pending.Enqueue(exposed);
            }
        }

        return offered;
    }

    /// <summary>
    /// Mediator messages, and job records: a job is a module's message to the job runner (ids only, rule 9), which the
    /// shared recurring-job schedule names, so it is on offer like a command.
    /// </summary>
    private static bool IsMessage(Type type) =>
        type.IsPublic && !type.IsAbstract && (typeof(IBaseCommand).IsAssignableFrom(type) || typeof(IBaseQuery).IsAssignableFrom(type) || typeof(IBaseRequest).IsAssignableFrom(type) || typeof(IJob).IsAssignableFrom(type));

    /// <summary>A static class (abstract and sealed in IL) in a module's Contracts folder: constants and pure functions, no state.</summary>
    private static bool IsPublishedConstants(Type type) =>
        type is { IsPublic: true, IsAbstract: true, IsSealed: true } && TypeDependencies.NamespaceOf(type).Split('.').Contains("Contracts");

    private static IEnumerable<Type> Exposed(Type type)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var results = type.GetInterfaces().Where(i => i.IsGenericType && i.Namespace == "Mediator").SelectMany(i => i.GetGenericArguments());
        return type.GetProperties(Public).Select(p => p.PropertyType)
            .Concat(type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType))
            .Concat(results)
            .Concat(type.BaseType is { } b ? [b] : []);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType
            ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition())
            : [type];
    }
}
