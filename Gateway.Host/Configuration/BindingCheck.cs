using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Configuration;

/// <summary>
/// Walks a configuration section alongside the options type it binds to and reports every value the binder would
/// fail on or silently drop: an unknown enum name, a number or duration that does not parse, a value where a section
/// belongs. Each problem names its full configuration path. Keys the type does not know are left alone.
/// </summary>
internal static class BindingCheck
{
    private const int MaxDepth = 16;

    public static void Check(IConfigurationSection section, Type type, List<string> problems) => Walk(section, type, problems, 0);

    private static void Walk(IConfigurationSection section, Type type, List<string> problems, int depth)
    {
        if (!section.Exists() || depth > MaxDepth)
        {
            return;
        }
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target != type && section.Value is { Length: 0 })
        {
            return; // null in JSON: the nullable setting is not set
        }
        if (IsScalar(target))
        {
            CheckScalar(section, target, problems);
            return;
        }
        if (section.Value is { Length: > 0 } value)
        {
            problems.Add($"{section.Path} is '{value}', but it must be a section with settings");
            return;
        }
        if (CollectionElement(target) is { } element)
        {
            foreach (var child in section.GetChildren())
            {
                Walk(child, element, problems, depth + 1);
            }
            return;
        }
        foreach (var property in target.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && IsBound(property))
            {
                Walk(section.GetSection(property.Name), property.PropertyType, problems, depth + 1);
            }
        }
    }

    /// <summary>The binder sets writable properties and fills read-only ones that hold a class it can add to.</summary>
    private static bool IsBound(PropertyInfo property) =>
        property.GetMethod?.IsPublic == true
        && (property.SetMethod?.IsPublic == true || (property.PropertyType.IsClass && !property.PropertyType.IsArray && property.PropertyType != typeof(string)));

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
        || type == typeof(Guid) || type == typeof(Uri);

    /// <summary>The element type of a list, array or set, or the value type of a dictionary; null for other classes.</summary>
    private static Type? CollectionElement(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        if (!typeof(IEnumerable).IsAssignableFrom(type) && !type.IsInterface)
        {
            return null;
        }
        var generic = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (generic is null)
        {
            return null;
        }
        var item = generic.GetGenericArguments()[0];
        return item.IsGenericType && item.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) ? item.GetGenericArguments()[1] : item;
    }

    private static void CheckScalar(IConfigurationSection section, Type type, List<string> problems)
    {
        if (section.Value is null)
        {
            if (section.GetChildren().Any())
            {
                problems.Add($"{section.Path} must be a single value, not a section");
            }
            return;
        }
        var value = section.Value;
        if (value.Length == 0 && (type == typeof(string) || type == typeof(Uri)))
        {
            return;
        }
        if (type.IsEnum)
        {
            if (!IsEnumName(type, value))
            {
                problems.Add($"{section.Path} is '{value}', which is not one of {string.Join(", ", Enum.GetNames(type))}");
            }
            return;
        }
        if (!Converts(type, value))
        {
            problems.Add($"{section.Path} is '{value}', which is not {Expected(type)}");
        }
    }

    private static bool IsEnumName(Type type, string value) =>
        value.Split(',', StringSplitOptions.TrimEntries).All(part =>
            Enum.GetNames(type).Contains(part, StringComparer.OrdinalIgnoreCase)
            || (long.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                && Enum.GetValues(type).Cast<object>().Any(v => System.Convert.ToInt64(v, CultureInfo.InvariantCulture) == number)));

    private static bool Converts(Type type, string value)
    {
        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value) is not null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException
            || e.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => "a whole number",
        _ when type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) => "a whole number of at least 0",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number (with a . for decimals)",
        _ when type == typeof(TimeSpan) => "a duration ([d.]hh:mm[:ss], e.g. 00:05:00)",
        _ when type == typeof(DateOnly) => "a date (yyyy-MM-dd)",
        _ when type == typeof(TimeOnly) => "a time of day (HH:mm)",
        _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "a date and time (ISO 8601)",
        _ when type == typeof(Guid) => "a GUID",
        _ when type == typeof(Uri) => "an address",
        _ => "a " + type.Name,
    };
}
