using Creo.Application.Common.Jobs;

namespace Creo.Architecture.Tests;

public sealed class DomainModelTests
{
    public static TheoryData<Type> Entities => new(Layers.Domain.GetTypes().Where(t => t.IsClass && !t.IsAbstract && t.Namespace is { } ns && Layers.Modules.Any(m => ns == $"Creo.Domain.{m}") && !IsRecord(t) && !typeof(Exception).IsAssignableFrom(t)));

    /// <summary>Entities guard their own invariants (rule 5): state changes only through methods named for the intent.</summary>
    [Theory]
    [MemberData(nameof(Entities))]
    public void Entities_have_no_public_setters(Type entity)
    {
        var settable = entity.GetProperties().Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name).ToList();

        Assert.True(settable.Count == 0, $"{entity.Name} exposes setters: {string.Join(", ", settable)}");
    }

    /// <summary>
    /// Job records are stored by the job system as JSON, so they may carry ids only: never a prompt, never
    /// payment data (rule 9).
    /// </summary>
    [Fact]
    public void Jobs_carry_ids_only()
    {
        var jobs = Layers.AllTypes().Where(t => typeof(IJob).IsAssignableFrom(t) && !t.IsInterface).ToList();

        Assert.All(jobs, job => Assert.All(job.GetProperties(), property =>
            Assert.True(property.PropertyType == typeof(Guid) || (property.PropertyType == typeof(string) && property.Name.EndsWith("Id", StringComparison.Ordinal)),
                $"{job.Name}.{property.Name} is not an id")));
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;
}
