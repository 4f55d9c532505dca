namespace Creo.Web.Common;

/// <summary>
/// Marks the one page-model method that catches an application error itself, because it does something other than
/// show it (a redirect, a page of its own, a retry); <see cref="PageErrorFilter"/> shows every other error. The
/// architecture tests refuse such a catch anywhere else, so each exception to the rule is named and explained here.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class HandlesErrorItselfAttribute(string why) : Attribute
{
    /// <summary>Why showing the error on the page would be wrong here.</summary>
    public string Why { get; } = why;
}
