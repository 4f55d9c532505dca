using System.Runtime.CompilerServices;

namespace Creo.Architecture.Tests;

/// <summary>The types a rule is applied to, picked by namespace; nested types are read with their outer type.</summary>
public static class RuleSubjects
{
    public static Type[] In(IEnumerable<Type> types, Func<string, bool> namespaceMatches) =>
        types.Where(t => !t.IsNested && !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && t.Namespace is { } ns && namespaceMatches(ns)).ToArray();

    public static Type[] Planted(string area) =>
        In(typeof(RuleSubjects).Assembly.GetTypes(), ns => ns == $"Creo.Architecture.Tests.Planted.{area}");
}
