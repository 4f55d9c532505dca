using Creo.Domain.Common.PersonalData;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Creo.Infrastructure.Persistence.Classification;

/// <summary>
/// Stores a property's <see cref="DataClassification"/> in the EF model, beside its column, so that the model
/// itself is the one source of truth: the classification test walks it and the data inventory is generated from it.
/// The annotation is left out while the EF tools run: it has no bearing on the schema, and the migration snapshot
/// could not hold it.
/// </summary>
public static class ClassificationAnnotations
{
    public const string Name = "Creo:DataClassification";

    public static PropertyBuilder<T> IsClassified<T>(this PropertyBuilder<T> property, DataClassification classification)
    {
        if (!EF.IsDesignTime)
        {
            property.HasAnnotation(Name, classification);
        }

        return property;
    }

    /// <summary>Classifies the listed properties alike; for rows whose columns share one purpose.</summary>
    public static EntityTypeBuilder<T> AreClassified<T>(this EntityTypeBuilder<T> entity, DataClassification classification, params string[] propertyNames)
        where T : class
    {
        foreach (var name in propertyNames.Where(_ => !EF.IsDesignTime))
        {
            entity.Property(name).HasAnnotation(Name, classification);
        }

        return entity;
    }

    public static DataClassification? FindClassification(this IReadOnlyProperty property) =>
        property.FindAnnotation(Name)?.Value as DataClassification;
}
