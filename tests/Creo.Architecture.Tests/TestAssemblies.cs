using System.Reflection;
using System.Runtime.Loader;
using Creo.Testing;

namespace Creo.Architecture.Tests;

/// <summary>
/// The other test projects' built assemblies, loaded for reflection (each with its own dependency resolver, so xunit's
/// attributes and the projects' references resolve as they do when those tests run). The project file makes sure they
/// are built before this one.
/// </summary>
public static class TestAssemblies
{
    public static readonly string[] OtherProjects =
        ["Creo.Domain.Tests", "Creo.Application.Tests", "Creo.Infrastructure.Tests", "Creo.Web.Tests", "Creo.EndToEnd.Tests"];

    private static readonly Lazy<IReadOnlyList<Assembly>> Loaded = new(() => [typeof(TestAssemblies).Assembly, .. OtherProjects.Select(Load)]);

    public static IReadOnlyList<Assembly> All => Loaded.Value;

    private static Assembly Load(string project)
    {
        var path = RepositoryPaths.BuiltTestAssembly(project);
        var context = new ProjectLoadContext(path);
        return context.LoadFromAssemblyPath(path);
    }

    private sealed class ProjectLoadContext(string mainAssembly) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssembly))
    {
        private readonly AssemblyDependencyResolver resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName name)
        {
            // Types this process already has (xunit, the app) are shared, so attribute types compare by identity too.
            var shared = Default.Assemblies.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(name, a.GetName()));
            if (shared is not null)
            {
                return shared;
            }

            var path = resolver.ResolveAssemblyToPath(name);
            return path is null ? null : LoadFromAssemblyPath(path);
        }
    }
}
