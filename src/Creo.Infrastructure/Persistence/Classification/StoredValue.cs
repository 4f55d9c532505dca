using Creo.Domain.Common.PersonalData;

namespace Creo.Infrastructure.Persistence.Classification;

/// <summary>One column of one table, with the classification its property declares.</summary>
public sealed record StoredValue(string Schema, string Table, string Column, string Entity, string Property, DataClassification? Classification);
