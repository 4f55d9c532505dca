using NetArchTest.Rules;

namespace Creo.Architecture.Tests;

/// <summary>Dependencies point inwards: Web → Infrastructure → Application → Domain, and the Domain depends on nothing.</summary>
public sealed class LayeringTests
{
    public static TheoryData<string, string> ForbiddenDependencies => new()
    {
        // The domain is plain C#: no persistence, no web, no third-party package.
        { "Domain", "Creo.Application" },
        { "Domain", "Creo.Infrastructure" },
        { "Domain", "Creo.Web" },
        { "Domain", "Microsoft.EntityFrameworkCore" },
        { "Domain", "Microsoft.AspNetCore" },
        { "Domain", "Microsoft.Extensions" },
        { "Domain", "Mediator" },
        { "Domain", "FluentValidation" },
        { "Domain", "Mapster" },
        { "Domain", "Hangfire" },
        { "Domain", "Stripe" },
        { "Domain", "Amazon" },
        { "Domain", "Npgsql" },
        { "Domain", "MailKit" },
        { "Domain", "SkiaSharp" },
        { "Domain", "OpenTelemetry" },

        // Use cases know ports, never adapters.
        { "Application", "Creo.Infrastructure" },
        { "Application", "Creo.Web" },
        { "Application", "Microsoft.AspNetCore" },
        { "Application", "Microsoft.EntityFrameworkCore.Sqlite" },
        { "Application", "Microsoft.EntityFrameworkCore.Relational" },
        { "Application", "Microsoft.EntityFrameworkCore.Storage" },
        { "Application", "Npgsql" },
        { "Application", "Hangfire" },
        { "Application", "Stripe" },
        { "Application", "Amazon" },
        { "Application", "MailKit" },
        { "Application", "MimeKit" },
        { "Application", "SkiaSharp" },

        // The Creo meter is System.Diagnostics.Metrics; OpenTelemetry (exporters, instrumentation) is the host's business.
        { "Application", "OpenTelemetry" },

        // Adapters never reach up into the host.
        { "Infrastructure", "Creo.Web" },

        // The host drives use cases through the mediator; payment and storage SDKs stay in Infrastructure.
        { "Web", "Stripe" },
        { "Web", "Amazon" },
        { "Web", "Npgsql" },
        { "Web", "MailKit" },
        { "Web", "SkiaSharp" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenDependencies))]
    public void Layer_does_not_depend_on(string layer, string forbidden)
    {
        var failing = DependingOn(Layers.ByName(layer).GetTypes(), forbidden);

        Assert.True(failing.Length == 0, $"{layer} must not depend on {forbidden}, but these types do: {string.Join(", ", failing.Select(t => t.FullName))}");
    }

    [Fact]
    public void A_planted_domain_entity_holding_an_EF_context_is_reported()
    {
        var planted = RuleSubjects.Planted("Layering");

        Assert.Equal([typeof(Planted.Layering.PlantedEntityWithContext)], DependingOn(planted, "Microsoft.EntityFrameworkCore"));
    }

    /// <summary>The rule as a function over any set of types: those among them that depend on the forbidden namespace.</summary>
    private static Type[] DependingOn(IEnumerable<Type> types, string forbidden)
    {
        var subjects = types.ToHashSet();
        return subjects.Select(t => t.Assembly).Distinct()
            .SelectMany(a => Types.InAssembly(a).That().HaveDependencyOn(forbidden).GetTypes())
            .Where(subjects.Contains)
            .ToArray();
    }
}
