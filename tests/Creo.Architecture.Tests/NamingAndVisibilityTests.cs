using Creo.Architecture.Tests.Planted.Validation;
using Creo.Architecture.Tests.Rules;
using FluentValidation;
using Mediator;

namespace Creo.Architecture.Tests;

/// <summary>
/// Architecture rules 1 and 2: a use case is one folder named for it; commands and queries are public sealed
/// records; handlers and validators are internal sealed and named for what they handle.
/// </summary>
public sealed class NamingAndVisibilityTests
{
    private static readonly Type[] ApplicationTypes = Layers.Application.GetTypes();

    public static TheoryData<Type> Messages => new(ApplicationTypes.Where(t => !t.IsAbstract && (typeof(IBaseCommand).IsAssignableFrom(t) || typeof(IBaseQuery).IsAssignableFrom(t))));

    public static TheoryData<Type> Handlers => new(ApplicationTypes.Where(t => !t.IsAbstract && t.GetInterfaces().Any(IsHandlerInterface)));

    public static TheoryData<Type> Validators => new(ApplicationTypes.Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>)));

    [Theory]
    [MemberData(nameof(Messages))]
    public void Commands_and_queries_are_public_sealed_records_named_for_their_use_case(Type message)
    {
        var suffix = typeof(IBaseCommand).IsAssignableFrom(message) ? "Command" : "Query";
        Assert.True(message.IsPublic && message.IsSealed, $"{message.Name} must be public sealed");
        Assert.True(IsRecord(message), $"{message.Name} must be a record");
        Assert.EndsWith(suffix, message.Name);

        // In its use-case folder beside its handler (Module/UseCase/UseCaseCommand), also when other modules send it:
        // a module's contract is defined by type (ModuleContracts), not by a Contracts folder.
        var segments = message.Namespace!.Split('.');
        Assert.True(segments.Length == 4 && Layers.Modules.Contains(segments[2]), $"{message.FullName} must live in Creo.Application.<Module>.<UseCase>");
        Assert.True(message.Name == segments[3] + suffix, $"{message.Name} must be named {segments[3]}{suffix}, in its use-case folder");
    }

    [Theory]
    [MemberData(nameof(Handlers))]
    public void Handlers_are_internal_sealed_and_live_in_their_use_case_folder(Type handler)
    {
        Assert.True(handler.IsNotPublic && handler.IsSealed, $"{handler.Name} must be internal sealed");
        var message = handler.GetInterfaces().First(IsHandlerInterface).GetGenericArguments()[0];
        Assert.Equal(message.Name + "Handler", handler.Name);
        var useCase = handler.Namespace!.Split('.').Last();
        Assert.StartsWith(useCase, message.Name);
    }

    [Theory]
    [MemberData(nameof(Validators))]
    public void Validators_are_internal_sealed_and_named_for_their_message(Type validator)
    {
        Assert.True(validator.IsNotPublic && validator.IsSealed, $"{validator.Name} must be internal sealed");
        var message = validator.BaseType!.GetGenericArguments()[0];
        Assert.Equal(message.Name + "Validator", validator.Name);
        Assert.Equal(message.Namespace, validator.Namespace);
    }

    [Fact]
    public void Every_command_with_input_has_a_validator()
    {
        var missing = ValidatorRule.CommandsMissingAValidator(ApplicationTypes);

        Assert.True(missing.Count == 0, $"These commands take input but have no validator: {string.Join(", ", missing.Select(t => t.Name))}");
    }

    [Fact]
    public void A_planted_command_with_typed_input_and_no_validator_is_reported_but_a_caller_only_one_is_not()
    {
        var missing = ValidatorRule.CommandsMissingAValidator(RuleSubjects.Planted("Validation"));

        Assert.Equal([typeof(PlantedRenameCommand)], missing);
    }

    /// <summary>Job handlers and stream handlers (the data export's row streams) too: none is another module's business.</summary>
    private static bool IsHandlerInterface(Type i) =>
        i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)
            || i.GetGenericTypeDefinition() == typeof(IStreamQueryHandler<,>)
            || i.GetGenericTypeDefinition() == typeof(Creo.Application.Common.Jobs.IJobHandler<>));

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;
}
