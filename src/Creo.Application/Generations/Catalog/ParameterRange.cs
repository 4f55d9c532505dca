namespace Creo.Application.Generations.Catalog;

/// <summary>The values a numeric parameter may take: from <see cref="Min"/> to <see cref="Max"/> in steps of <see cref="Step"/>.</summary>
public sealed record ParameterRange(int Min, int Max, int Default, int Step = 1)
{
    public bool Allows(int value) => value >= Min && value <= Max && (value - Min) % Step == 0;

    public string Describe() => Step == 1 ? $"between {Min} and {Max}" : $"between {Min} and {Max}, in steps of {Step}";
}
