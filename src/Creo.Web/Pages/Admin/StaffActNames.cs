namespace Creo.Web.Pages.Admin;

/// <summary>The audit log's act codes as support reads them on an account page.</summary>
public static class StaffActNames
{
    public static string Describe(string action) => action switch
    {
        "read-account" => "Opened the account",
        "read-generations" => "Viewed the generation history",
        "read-activity" => "Viewed the credit history and staff acts",
        "adjust-credits" => "Corrected the credits",
        "suspend" => "Suspended the account",
        "reinstate" => "Lifted the suspension",
        "change-roles" => "Changed the roles",
        "file-remove-minor" => "Reported as a minor's account",
        "remove-minor" => "Removed as a minor's account",
        "lift-dispute-hold" => "Lifted the dispute hold",
        _ => action,
    };
}
