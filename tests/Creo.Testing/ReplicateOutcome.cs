namespace Creo.Testing;

/// <summary>How the <see cref="ReplicateStandIn"/> treats the next prediction it is asked to create.</summary>
public enum ReplicateOutcome
{
    /// <summary>Answers already <c>succeeded</c>, outputs included, as a fast model does.</summary>
    Succeed,

    /// <summary>Stays <c>processing</c> until the test calls <see cref="ReplicateStandIn.CompleteAsync"/> (or its deadline passes).</summary>
    Process,

    /// <summary>Answers already <c>failed</c> with <see cref="ReplicateStandIn.NextError"/>.</summary>
    Fail,

    /// <summary>The create request itself never answers, until the client gives up.</summary>
    Hang,
}
