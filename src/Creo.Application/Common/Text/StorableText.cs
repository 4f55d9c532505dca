using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace Creo.Application.Common.Text;

/// <summary>
/// Text no database here can store: a NUL character (PostgreSQL refuses it in text, SQLite cuts the string there) or
/// half of a surrogate pair (not valid UTF-8 at all). JSON can carry both (<c>\u0000</c>, <c>\ud800</c>), so every
/// string a command or query brings in is checked before its validators run, and such input is a 400 naming the field
/// rather than a failed save.
/// </summary>
public static class StorableText
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> TextProperties = new();

    public static IEnumerable<ValidationFailure> Check(object message) => Check(message, prefix: "", depth: 0);

    public static bool IsStorable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<ValidationFailure> Check(object value, string prefix, int depth)
    {
        foreach (var property in TextProperties.GetOrAdd(value.GetType(), Readable))
        {
            var name = prefix + property.Name;
            switch (property.GetValue(value))
            {
                case string text when !IsStorable(text):
                    yield return Failure(name);
                    break;
                case IEnumerable<string?> texts when texts.Any(t => t is not null && !IsStorable(t)):
                    yield return Failure(name);
                    break;
                case { } nested when depth < 2 && IsOurs(nested.GetType()):
                    foreach (var failure in Check(nested, name + ".", depth + 1))
                    {
                        yield return failure;
                    }

                    break;
            }
        }
    }

    private static ValidationFailure Failure(string property) =>
        new(property, "This text holds a character that cannot be stored (a NUL or half of a surrogate pair).");

    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanRead
            && (p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType) || IsOurs(p.PropertyType)))];

    /// <summary>Nested input objects of our own (a generation's parameters); not streams, not framework types.</summary>
    private static bool IsOurs(Type type) =>
        type.Namespace?.StartsWith("Creo.", StringComparison.Ordinal) == true && !type.IsEnum && !typeof(IEnumerable).IsAssignableFrom(type) && !type.IsPrimitive;
}
