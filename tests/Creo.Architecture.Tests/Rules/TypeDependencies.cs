using System.Collections.Concurrent;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Creo.Architecture.Tests.Rules;

/// <summary>One type a subject uses: its full name (nested types joined with '+'), namespace and assembly.</summary>
public sealed record Dependency(string FullName, string Namespace, string Assembly);

/// <summary>
/// Reads, from a type's IL, every type it uses: base type, interfaces, attributes, members' signatures and the
/// types its method bodies touch — including those of its compiler-generated nested types (lambdas, async state
/// machines), which belong to the code that wrote them. The rules are plain functions over these sets, so they
/// apply to the app's types and to planted ones alike.
/// </summary>
public static class TypeDependencies
{
    private static readonly ConcurrentDictionary<string, ModuleDefinition> Modules = new();

    public static IReadOnlySet<Dependency> Of(Type type)
    {
        var module = Modules.GetOrAdd(type.Assembly.Location, path => ModuleDefinition.ReadModule(path));
        var definition = module.GetType(type.FullName!.Replace('+', '/'))
            ?? throw new InvalidOperationException($"{type.FullName} not found in {type.Assembly.Location}");
        var found = new HashSet<Dependency>();
        Collect(definition, found);
        found.RemoveWhere(d => d.FullName == type.FullName);
        return found;
    }

    private static void Collect(TypeDefinition type, HashSet<Dependency> found)
    {
        Add(type.BaseType, found);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType, found));
        Attributes(type, found);
        type.Fields.ToList().ForEach(f => { Add(f.FieldType, found); Attributes(f, found); });
        type.Properties.ToList().ForEach(p => { Add(p.PropertyType, found); Attributes(p, found); });
        type.Events.ToList().ForEach(e => Add(e.EventType, found));
        foreach (var method in type.Methods)
        {
            Attributes(method, found);
            Signature(method, found);
            method.GenericParameters.SelectMany(g => g.Constraints).ToList().ForEach(c => Add(c.ConstraintType, found));
            if (!method.HasBody)
            {
                continue;
            }

            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType, found));
            method.Body.ExceptionHandlers.ToList().ForEach(h => Add(h.CatchType, found));
            foreach (var instruction in method.Body.Instructions)
            {
                Operand(instruction, found);
            }
        }

        type.NestedTypes.ToList().ForEach(n => Collect(n, found));
    }

    private static void Operand(Instruction instruction, HashSet<Dependency> found)
    {
        switch (instruction.Operand)
        {
            case TypeReference t:
                Add(t, found);
                break;
            case MethodReference m:
                Add(m.DeclaringType, found);
                Signature(m, found);
                if (m is GenericInstanceMethod g)
                {
                    g.GenericArguments.ToList().ForEach(a => Add(a, found));
                }

                break;
            case FieldReference f:
                Add(f.DeclaringType, found);
                Add(f.FieldType, found);
                break;
        }
    }

    private static void Signature(MethodReference method, HashSet<Dependency> found)
    {
        Add(method.ReturnType, found);
        method.Parameters.ToList().ForEach(p => Add(p.ParameterType, found));
    }

    private static void Attributes(ICustomAttributeProvider provider, HashSet<Dependency> found) =>
        provider.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType, found));

    private static void Add(TypeReference? type, HashSet<Dependency> found)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, found);
                generic.GenericArguments.ToList().ForEach(a => Add(a, found));
                return;
            case TypeSpecification specification: // arrays, by-ref, pointers, modifiers
                Add(specification.ElementType, found);
                return;
        }

        var outer = type;
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        var assembly = type.Scope switch
        {
            AssemblyNameReference name => name.Name,
            ModuleDefinition module => module.Assembly.Name.Name,
            _ => type.Scope?.Name ?? "",
        };
        found.Add(new Dependency(type.FullName.Replace('/', '+'), outer.Namespace, assembly));
    }

    /// <summary>The namespace of a type, nested types taking their outermost type's.</summary>
    public static string NamespaceOf(Type type) => type.DeclaringType is { } outer ? NamespaceOf(outer) : type.Namespace ?? "";
}
