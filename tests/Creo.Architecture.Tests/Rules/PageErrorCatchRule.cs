using System.Collections.Concurrent;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Creo.Architecture.Tests.Rules;

/// <summary>
/// Page models never catch the application's error types to translate them: the page filter shows them (issue 19,
/// item 2). Read from the IL, so a <c>catch (X)</c>, a <c>catch (X) when (...)</c> and a
/// <c>catch (Exception e) when (e is X)</c> all count, in the method itself or in the lambdas and async state machines
/// the compiler made from it. A method marked <c>[HandlesErrorItself]</c> does something other than show the error
/// and says why, so its catches are allowed.
/// </summary>
public static class PageErrorCatchRule
{
    private const string Excuse = "Creo.Web.Common.HandlesErrorItselfAttribute";

    private static readonly ConcurrentDictionary<string, ModuleDefinition> Modules = new();

    /// <summary>The application's error types: those the page filter and the API's problem handler know.</summary>
    public static readonly IReadOnlySet<string> ErrorTypes = new HashSet<string>(
        Layers.Application.GetTypes()
            .Where(t => t.Namespace == "Creo.Application.Common.Errors" && typeof(Exception).IsAssignableFrom(t))
            .Concat(Layers.Domain.GetTypes().Where(t => typeof(Creo.Domain.Common.DomainException).IsAssignableFrom(t)))
            .Append(typeof(FluentValidation.ValidationException))
            .Select(t => t.FullName!),
        StringComparer.Ordinal);

    public static IReadOnlyList<Violation> Check(IEnumerable<Type> types) =>
        types.SelectMany(type => Catches(Definition(type))
                .Select(c => new Violation(type, $"a catch of {c.ErrorType} in {c.Method}")))
            .ToList();

    private static IEnumerable<(string Method, string ErrorType)> Catches(TypeDefinition type) =>
        AllMethods(type)
            .Where(method => method.HasBody && !IsExcused(type, method))
            .SelectMany(method => method.Body.ExceptionHandlers.SelectMany(CaughtTypes).Select(caught => (OwnerName(method), caught)))
            .Where(c => ErrorTypes.Contains(c.caught));

    private static IEnumerable<MethodDefinition> AllMethods(TypeDefinition type) =>
        type.Methods.Concat(type.NestedTypes.SelectMany(AllMethods));

    /// <summary>The type a handler catches, and for a filter (<c>when</c>) every type its test asks about with <c>is</c>.</summary>
    private static IEnumerable<string> CaughtTypes(ExceptionHandler handler) => handler.HandlerType switch
    {
        ExceptionHandlerType.Catch => [handler.CatchType.FullName],
        ExceptionHandlerType.Filter => Between(handler.FilterStart, handler.HandlerStart)
            .Where(i => i.OpCode == OpCodes.Isinst && i.Operand is TypeReference)
            .Select(i => ((TypeReference)i.Operand).FullName),
        _ => [],
    };

    private static IEnumerable<Instruction> Between(Instruction start, Instruction end)
    {
        for (var instruction = start; instruction is not null && instruction != end; instruction = instruction.Next)
        {
            yield return instruction;
        }
    }

    /// <summary>Whether the method the compiler made this one from (or the method itself) carries the excuse.</summary>
    private static bool IsExcused(TypeDefinition page, MethodDefinition method) =>
        page.Methods.Any(m => m.Name == OwnerName(method) && m.CustomAttributes.Any(a => a.AttributeType.FullName == Excuse));

    /// <summary>
    /// The source method's name: compiler-made code is named after it, <c>&lt;Name&gt;d__4</c> for an async state
    /// machine's type, <c>&lt;Name&gt;b__4_0</c> for a lambda, <c>&lt;Name&gt;g__Local|4_0</c> for a local function.
    /// </summary>
    private static string OwnerName(MethodDefinition method)
    {
        var name = method.Name.StartsWith('<') ? method.Name : method.DeclaringType.Name.StartsWith('<') ? method.DeclaringType.Name : method.Name;
        return name.StartsWith('<') ? name[1..name.IndexOf('>', StringComparison.Ordinal)] : name;
    }

    private static TypeDefinition Definition(Type type)
    {
        var module = Modules.GetOrAdd(type.Assembly.Location, path => ModuleDefinition.ReadModule(path));
        return module.GetType(type.FullName!.Replace('+', '/'))
            ?? throw new InvalidOperationException($"{type.FullName} not found in {type.Assembly.Location}");
    }
}
