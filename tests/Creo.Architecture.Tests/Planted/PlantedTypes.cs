// Small types that break (or keep) one rule each, so every rule is seen reporting exactly the type that breaks it.
// They live in the test assembly, outside the app's namespaces, so the real-code tests never see them.
#pragma warning disable CA1812, CA1822, IDE0051, IDE0052

namespace Creo.Architecture.Tests.Planted.Domain
{
    /// <summary>Breaks domain purity: a domain type that talks to the network.</summary>
    internal sealed class PlantedWeatherLookup
    {
        private readonly System.Net.Http.HttpClient client = new();

        public Task<string> Today() => client.GetStringAsync(new Uri("https://example.test/"));
    }

    /// <summary>Keeps it: plain computation on base types.</summary>
    internal sealed class PlantedPriceRule
    {
        public IReadOnlyList<int> Doubled(IEnumerable<int> prices) => prices.Select(p => p * 2).ToList();
    }
}

namespace Creo.Architecture.Tests.Planted.Pages
{
    /// <summary>Breaks the module rule: a page model reaching a module's data port and options.</summary>
    internal sealed class PlantedPageModel(Creo.Application.Accounts.IAccountsData accounts, Creo.Application.Accounts.AccountsOptions options)
    {
        public object Data => accounts;

        public object Settings => options;
    }

    /// <summary>Keeps it: a page model sending a module's public query.</summary>
    internal sealed class PlantedContractPageModel
    {
        public object Query() => new Creo.Application.Accounts.GetProfile.GetProfileQuery(Guid.Empty);
    }
}

namespace Creo.Architecture.Tests.Planted.Modules
{
    // Read as code of the Generations module by the module-pair tests.

    /// <summary>Breaks the module rule: Generations code calling a Credits handler and its data port directly.</summary>
    internal sealed class PlantedCreditsBackdoor(Creo.Application.Credits.PlaceCreditHold.PlaceCreditHoldCommandHandler handler, Creo.Application.Credits.ICreditsData credits)
    {
        public object Handler => handler;

        public object Data => credits;
    }

    /// <summary>Keeps it: Generations code sending the public command that lives in Credits' use-case folder.</summary>
    internal sealed class PlantedCreditsClient
    {
        public object Hold(Guid userId) => new Creo.Application.Credits.PlaceCreditHold.PlaceCreditHoldCommand(userId, 1, "planted", null, "planted");
    }
}

namespace Creo.Architecture.Tests.Planted.Validation
{
    using FluentValidation;

    /// <summary>Breaks the validator rule: a name the person types, and no validator.</summary>
    public sealed record PlantedRenameCommand(Guid UserId, string Name) : Mediator.ICommand;

    /// <summary>Keeps it: the caller's id, from the session, is all it takes.</summary>
    public sealed record PlantedCallerOnlyCommand(Guid UserId) : Mediator.ICommand;

    /// <summary>Keeps it: the staff member acting, from the session, is all it takes.</summary>
    public sealed record PlantedStaffOnlyCommand(Creo.Application.Accounts.StaffActor Staff) : Mediator.ICommand;

    /// <summary>Keeps it: typed input, with its validator.</summary>
    public sealed record PlantedRetitleCommand(Guid UserId, string Title) : Mediator.ICommand;

    internal sealed class PlantedRetitleCommandValidator : AbstractValidator<PlantedRetitleCommand>
    {
        public PlantedRetitleCommandValidator() => RuleFor(c => c.Title).NotEmpty();
    }
}

namespace Creo.Architecture.Tests.Planted.Common
{
    /// <summary>Breaks the module rule: shared code that builds a module's entity.</summary>
    internal static class PlantedCommonHelper
    {
        public static string Describe(Creo.Domain.Accounts.SignInToken token) => token.ToString() ?? "";
    }
}

namespace Creo.Architecture.Tests.Planted.Configurations
{
    using Microsoft.EntityFrameworkCore;
    using Microsoft.EntityFrameworkCore.Metadata.Builders;

    /// <summary>Breaks the configuration rule: a Credits mapping that knows an Accounts entity.</summary>
    internal sealed class PlantedCreditAccountConfiguration : IEntityTypeConfiguration<Creo.Domain.Credits.CreditAccount>
    {
        public void Configure(EntityTypeBuilder<Creo.Domain.Credits.CreditAccount> builder) =>
            builder.Ignore(nameof(Creo.Domain.Accounts.User)).HasAnnotation("owner", typeof(Creo.Domain.Accounts.User).Name);
    }

    /// <summary>Keeps it: a Credits mapping that uses Credits domain types only.</summary>
    internal sealed class PlantedCreditEntryConfiguration : IEntityTypeConfiguration<Creo.Domain.Credits.CreditEntry>
    {
        public void Configure(EntityTypeBuilder<Creo.Domain.Credits.CreditEntry> builder) =>
            builder.HasAnnotation("kind", typeof(Creo.Domain.Credits.CreditEntryKind).Name);
    }
}

namespace Creo.Architecture.Tests.Planted.Layering
{
    /// <summary>Breaks layering: a would-be domain entity that holds an EF Core context.</summary>
    internal sealed class PlantedEntityWithContext
    {
        public Microsoft.EntityFrameworkCore.DbContext? Context { get; init; }
    }

    /// <summary>Keeps it: an entity that is plain C#.</summary>
    internal sealed class PlantedPlainEntity
    {
        public Guid Id { get; init; }
    }
}

namespace Creo.Architecture.Tests.Planted.Telemetry
{
    internal sealed record PlantedJob(Guid Id) : Creo.Application.Common.Jobs.IJob;

    /// <summary>Breaks the telemetry rule: a job handler that counts its own work.</summary>
    internal sealed class PlantedCountingJobHandler(Creo.Application.Common.Telemetry.CreoMetrics metrics) : Creo.Application.Common.Jobs.IJobHandler<PlantedJob>
    {
        public Task RunAsync(PlantedJob job, CancellationToken cancellationToken)
        {
            metrics.ErasureDone();
            return Task.CompletedTask;
        }
    }

    /// <summary>Keeps it: a pipeline behavior counting from outside the handler.</summary>
    internal sealed class PlantedCountingBehavior<TMessage, TResponse>(Creo.Application.Common.Telemetry.CreoMetrics metrics) : Mediator.IPipelineBehavior<TMessage, TResponse>
        where TMessage : notnull, Mediator.IMessage
    {
        public async ValueTask<TResponse> Handle(TMessage message, Mediator.MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
        {
            var response = await next(message, cancellationToken);
            metrics.ErasureDue();
            return response;
        }
    }
}
