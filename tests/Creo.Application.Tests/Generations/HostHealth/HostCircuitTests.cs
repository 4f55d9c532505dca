using Creo.Application.Generations.Providers.Health;
using Microsoft.Extensions.Time.Testing;

namespace Creo.Application.Tests.Generations.HostHealth;

/// <summary>One host's breaker: closed, open for the break, then one trial at a time until a success closes it.</summary>
public sealed class HostCircuitTests
{
    private static readonly HostBreakerOptions Options = new() { FailuresToOpen = 3, OpenSeconds = 60 };

    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-12-06T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private HostCircuit NewCircuit() => new(Options, clock);

    [Fact]
    public void It_opens_after_the_configured_failures_in_a_row()
    {
        var circuit = NewCircuit();

        circuit.Failed();
        circuit.Failed();
        Assert.True(circuit.Availability().IsAvailable);
        circuit.Failed();

        Assert.False(circuit.Availability().IsAvailable);
        Assert.Equal(TimeSpan.FromSeconds(60), circuit.Availability().RetryAfter);
        Assert.False(circuit.TryStart());
    }

    [Fact]
    public void A_success_between_failures_starts_the_count_again()
    {
        var circuit = NewCircuit();

        circuit.Failed();
        circuit.Failed();
        circuit.Succeeded();
        circuit.Failed();
        circuit.Failed();

        Assert.True(circuit.Availability().IsAvailable);
        Assert.True(circuit.TryStart());
    }

    [Fact]
    public void It_stays_open_for_the_whole_break()
    {
        var circuit = Opened();

        clock.Advance(TimeSpan.FromSeconds(59));

        Assert.False(circuit.Availability().IsAvailable);
        Assert.Equal(TimeSpan.FromSeconds(1), circuit.Availability().RetryAfter);
        Assert.False(circuit.TryStart());
    }

    [Fact]
    public void After_the_break_it_is_offered_again_and_lets_one_start_try_at_a_time()
    {
        var circuit = Opened();

        clock.Advance(TimeSpan.FromSeconds(60));

        Assert.True(circuit.Availability().IsAvailable);
        Assert.True(circuit.TryStart());
        Assert.False(circuit.TryStart());
    }

    [Fact]
    public void A_successful_trial_closes_it()
    {
        var circuit = Opened();
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.True(circuit.TryStart());

        circuit.Succeeded();

        Assert.True(circuit.TryStart());
        Assert.True(circuit.TryStart());
        circuit.Failed();
        Assert.True(circuit.Availability().IsAvailable); // one failure after closing is not three in a row
    }

    [Fact]
    public void A_failed_trial_opens_it_for_another_break_at_once()
    {
        var circuit = Opened();
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.True(circuit.TryStart());

        circuit.Failed();

        Assert.False(circuit.Availability().IsAvailable);
        Assert.Equal(TimeSpan.FromSeconds(60), circuit.Availability().RetryAfter);
        Assert.False(circuit.TryStart());
    }

    [Fact]
    public void A_trial_whose_outcome_never_comes_frees_its_place_after_a_break()
    {
        var circuit = Opened();
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.True(circuit.TryStart());

        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(circuit.TryStart());
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(circuit.TryStart());
    }

    private HostCircuit Opened()
    {
        var circuit = NewCircuit();
        for (var i = 0; i < Options.FailuresToOpen; i++)
        {
            circuit.Failed();
        }

        return circuit;
    }
}
