using Creo.Application.Accounts;
using Creo.Application.Common.Jobs;
using FluentValidation;
using Mediator;

namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// Every command that takes input someone typed has a validator (architecture rule 2). A command whose only input is
/// the caller — the signed-in person's id or the staff member acting, filled from the session and never from a body —
/// has nothing to check, so it needs none; jobs carry ids only and are checked by their runner.
/// </summary>
public static class ValidatorRule
{
    /// <summary>The names a caller's id goes by; any other property is input that must be validated.</summary>
    private static readonly string[] CallerIdNames = ["UserId", "StaffUserId"];

    public static IReadOnlyList<Type> CommandsMissingAValidator(IReadOnlyCollection<Type> types)
    {
        var validated = types
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(t => t.BaseType!.GetGenericArguments()[0])
            .ToHashSet();
        return types
            .Where(t => typeof(IBaseCommand).IsAssignableFrom(t) && !t.IsAbstract && !typeof(IJob).IsAssignableFrom(t))
            .Where(t => t.GetProperties().Any(p => !IsCaller(p.Name, p.PropertyType)) && !validated.Contains(t))
            .ToList();
    }

    private static bool IsCaller(string name, Type type) =>
        type == typeof(StaffActor) || (type == typeof(Guid) && CallerIdNames.Contains(name));
}
