using System.Globalization;
using Gateway.Core.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gateway.Admin.Api;

/// <summary>
/// Reads query and body values and collects what is wrong with them per field, for one 400 answer that names every
/// bad field (<c>errors: { "take": ["…"] }</c>).
/// </summary>
internal sealed class InputErrors
{
    public const int MaxReasonLength = 500;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    public ValidationProblem Problem() =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            title: "Some values are not valid", detail: "Fix the fields listed under errors.");

    /// <summary>Null for a missing or blank value; otherwise trimmed.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public int Skip(string? value) => Number(value, "skip", 0, 0, int.MaxValue);

    public int Take(string? value, int defaultValue = 50, int max = 500) => Number(value, "take", defaultValue, 1, max);

    public int Number(string? value, string field, int defaultValue, int min, int max)
    {
        if (Clean(value) is not { } text)
        {
            return defaultValue;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Add(field, $"must be a whole number from {min} to {max}");
            return defaultValue;
        }
        return number;
    }

    /// <summary>An enum value by name (case-insensitive); numbers are refused so ids cannot pass for states.</summary>
    public TEnum? Enum<TEnum>(string? value, string field) where TEnum : struct, Enum
    {
        if (Clean(value) is not { } text)
        {
            return null;
        }
        if (!char.IsAsciiDigit(text[0]) && text[0] != '-' && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
        {
            return parsed;
        }
        Add(field, $"must be one of: {string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))}");
        return null;
    }

    public bool? Boolean(string? value, string field)
    {
        if (Clean(value) is not { } text)
        {
            return null;
        }
        if (bool.TryParse(text, out var parsed))
        {
            return parsed;
        }
        Add(field, "must be true or false");
        return null;
    }

    /// <summary>
    /// A moment as UTC: an ISO 8601 time with offset (<c>2026-03-01T08:00:00Z</c>) or a date (<c>2026-03-01</c>) read
    /// as the start of that day in Europe/Amsterdam — or, for an end (<paramref name="end"/>), the start of the next day,
    /// so the period includes the day.
    /// </summary>
    public DateTime? Moment(string? value, string field, bool end)
    {
        if (Clean(value) is not { } text)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var day = end ? date.AddDays(1) : date;
            return AmsterdamTime.FromLocal(day.ToDateTime(TimeOnly.MinValue)).UtcDateTime;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.UtcDateTime;
        }
        Add(field, "must be a date (yyyy-MM-dd) or an ISO 8601 time");
        return null;
    }

    /// <summary>An optional free-text reason, at most <see cref="MaxReasonLength"/> characters.</summary>
    public string? Reason(string? value, bool required, string field = "reason")
    {
        var text = Clean(value);
        if (text is null && required)
        {
            Add(field, "is required");
        }
        else if (text is { Length: > MaxReasonLength })
        {
            Add(field, $"must be at most {MaxReasonLength} characters");
        }
        return text;
    }
}
