using System.Reflection;
using System.Text.RegularExpressions;
using Creo.Testing;

namespace Creo.Architecture.Tests;

/// <summary>
/// The promise ledger (docs/privacy-promises.md) maps each promise of the privacy policy to the test that proves
/// it. A row that names a test which does not exist, is not a test, is skipped or never runs is a promise nobody
/// checks, so it fails here. The tests are found by reflection over the built test assemblies, not by their text.
/// </summary>
public sealed partial class PrivacyPromisesTests
{
    private const string LedgerPath = "docs/privacy-promises.md";

    [Fact]
    public void Every_test_the_promise_ledger_names_exists_runs_and_is_not_skipped()
    {
        var named = ProvenBy().ToList();
        var types = TestAssemblies.All.SelectMany(assembly => assembly.GetTypes()).ToList();

        Assert.NotEmpty(named);
        var problems = named.Select(test => (test, problem: ProblemWith(types, test.Class, test.Method)))
            .Where(t => t.problem is not null)
            .Select(t => $"{t.test.Class}.{t.test.Method}: {t.problem}")
            .ToList();
        Assert.True(problems.Count == 0, $"{LedgerPath} names tests that would prove nothing:\n{string.Join("\n", problems)}");
    }

    /// <summary>
    /// Null when the class declares the method as an xunit fact or theory without a skip reason, and it runs: the class
    /// is concrete, or (a test base shared by both databases) some concrete class derives from it.
    /// </summary>
    private static string? ProblemWith(IReadOnlyList<Type> types, string className, string methodName)
    {
        var classes = types.Where(type => type.Name == className || type.Name.StartsWith(className + "`", StringComparison.Ordinal)).ToList();
        if (classes.Count == 0)
        {
            return "no such class";
        }

        var method = classes.Select(type => type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .FirstOrDefault(m => m is not null);
        if (method is null)
        {
            return "no such method";
        }

        var fact = method.GetCustomAttributesData().FirstOrDefault(a => IsFact(a.AttributeType));
        if (fact is null)
        {
            return "not marked [Fact] or [Theory]";
        }

        if (fact.NamedArguments.Any(a => a.MemberName is "Skip" or "SkipUnless" or "SkipWhen" && a.TypedValue.Value is not null))
        {
            return "skipped";
        }

        var declaring = method.DeclaringType!;
        var runs = !declaring.IsAbstract || types.Any(type => !type.IsAbstract && DerivesFrom(type, declaring));
        return runs ? null : "declared on an abstract class no test class derives from";
    }

    private static bool IsFact(Type attribute)
    {
        for (var type = attribute; type is not null; type = type.BaseType)
        {
            if (type.FullName == "Xunit.FactAttribute")
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(Type type, Type ancestor)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            var definition = current.IsGenericType ? current.GetGenericTypeDefinition() : current;
            if (definition == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void Every_numbered_section_that_makes_a_promise_has_a_row()
    {
        var sections = File.ReadAllLines(RepositoryPaths.Combine(LedgerPath))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(line[2]))
            .SelectMany(line => line.Split('|')[1].Split(',', StringSplitOptions.TrimEntries))
            .ToHashSet();

        Assert.All(new[] { "01", "02", "04", "05", "06", "07", "08", "09", "10", "12", "13" }, section => Assert.Contains(section, sections));
    }

    private static IEnumerable<(string Class, string Method)> ProvenBy() =>
        File.ReadAllLines(RepositoryPaths.Combine(LedgerPath))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(line[2]))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[4])
            .Select(cell => TestName().Match(cell))
            .Where(match => match.Success)
            .Select(match => (match.Groups["class"].Value, match.Groups["method"].Value));

    [GeneratedRegex(@"`(?<class>\w+)\.(?<method>\w+)`")]
    private static partial Regex TestName();
}
