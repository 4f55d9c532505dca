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
        var result = Types.InAssembly(Layers.ByName(layer)).ShouldNot().HaveDependencyOn(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{layer} must not depend on {forbidden}, but these types do: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
