using System.Reflection;

namespace Creo.Architecture.Tests;

/// <summary>The four assemblies and the modules that show in each as the same namespace segment.</summary>
public static class Layers
{
    public static readonly Assembly Domain = typeof(Creo.Domain.Common.DomainException).Assembly;
    public static readonly Assembly Application = typeof(Creo.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(Creo.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly Web = typeof(Program).Assembly;

    public static readonly string[] Modules = ["Accounts", "Generations", "Credits", "Billing", "Privacy"];

    public static Assembly ByName(string layer) => layer switch
    {
        "Domain" => Domain,
        "Application" => Application,
        "Infrastructure" => Infrastructure,
        "Web" => Web,
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, "Unknown layer"),
    };

    /// <summary>Every type of the solution's four assemblies, compiler-generated ones left out.</summary>
    public static IEnumerable<Type> AllTypes() =>
        new[] { Domain, Application, Infrastructure, Web }.SelectMany(a => a.GetTypes()).Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)));
}
