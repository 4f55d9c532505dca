namespace Creo.Application.Common.Text;

/// <summary><c>StarterGrant</c> → <c>starter-grant</c>: stable, readable names of enum values for clients.</summary>
public static class KebabNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
