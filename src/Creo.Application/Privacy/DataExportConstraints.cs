namespace Creo.Application.Privacy;

/// <summary>Names of the privacy module's export constraints (Infrastructure creates them by these names).</summary>
public static class DataExportConstraints
{
    /// <summary>One queued or building export per person.</summary>
    public const string OnePendingPerPerson = "ux_exports_user_id_pending";
}
