using Creo.Application.Common.Paging;

namespace Creo.Application.Generations.ListGenerations;

/// <summary>The caller's generations, newest first, one keyset page at a time.</summary>
public sealed record ListGenerationsQuery(Guid UserId, int? Limit, string? Cursor) : IQuery<Page<GenerationDto>>;
