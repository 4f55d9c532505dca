namespace Creo.Application.Generations.Providers.Health;

/// <summary>
/// One host's breaker. Closed: calls pass and consecutive failures are counted; <see cref="HostBreakerOptions.FailuresToOpen"/>
/// of them open it. Open: new work is refused until <see cref="HostBreakerOptions.OpenFor"/> has passed. Half-open (the break
/// has lapsed): the host is offered again and one start at a time may try it; a success closes the breaker, a failure opens
/// it for another break. A trial whose outcome never comes (its worker died) frees the slot after one break.
/// </summary>
public sealed class HostCircuit(HostBreakerOptions options, TimeProvider clock)
{
    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset? openUntil;
    private DateTimeOffset? trialSince;

    public bool IsOpen
    {
        get
        {
            lock (gate)
            {
                return openUntil is { } until && clock.GetUtcNow() < until;
            }
        }
    }

    public HostAvailability Availability()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            return openUntil is { } until && now < until ? HostAvailability.RefusedFor(until - now) : HostAvailability.Available;
        }
    }

    public bool TryStart()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (openUntil is null)
            {
                return true;
            }

            if (now < openUntil || (trialSince is { } since && now < since + options.OpenFor))
            {
                return false;
            }

            trialSince = now;
            return true;
        }
    }

    public void Succeeded()
    {
        lock (gate)
        {
            failures = 0;
            openUntil = null;
            trialSince = null;
        }
    }

    public void Failed()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            failures++;

            // A failure after the break (the trial, or a call that was already under way) opens it again at once.
            if (failures >= options.FailuresToOpen || (openUntil is { } until && now >= until))
            {
                openUntil = now + options.OpenFor;
                trialSince = null;
            }
        }
    }
}
