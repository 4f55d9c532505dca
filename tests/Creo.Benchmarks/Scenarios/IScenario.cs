using Creo.Benchmarks.Measuring;

namespace Creo.Benchmarks.Scenarios;

/// <summary>One question the benchmarks answer; it appends its figures (and what they mean) to the report.</summary>
public interface IScenario
{
    /// <summary>The name to pick it by on the command line.</summary>
    string Name { get; }

    Task RunAsync(Report report, Scale scale);
}
