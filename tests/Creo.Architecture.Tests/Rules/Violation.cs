namespace Creo.Architecture.Tests.Rules;

/// <summary>A type that breaks a rule, and the dependency that breaks it.</summary>
public sealed record Violation(Type Subject, string Dependency)
{
    public override string ToString() => $"{Subject.FullName} uses {Dependency}";
}

public static class Violations
{
    public static string Describe(IEnumerable<Violation> violations) => string.Join(Environment.NewLine, violations);

    /// <summary>The distinct types reported, for the planted tests' "exactly that type" check.</summary>
    public static Type[] Subjects(IEnumerable<Violation> violations) => violations.Select(v => v.Subject).Distinct().ToArray();
}
