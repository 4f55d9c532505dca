namespace Creo.Application.Generations;

/// <summary>The generations module's data port.</summary>
public interface IGenerationsData
{
    DbSet<Generation> Generations { get; }

    DbSet<GenerationOutput> GenerationOutputs { get; }

    DbSet<Upload> Uploads { get; }
}
