using Creo.Application.Generations.Showcase;

namespace Creo.Application.Generations.GetShowcase;

/// <summary>The home page's examples, each with the local model that renders it; none when no local model is on offer.</summary>
public sealed record GetShowcaseQuery : IQuery<ShowcaseDto>;
