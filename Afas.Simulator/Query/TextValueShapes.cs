using System.Globalization;
using Afas.Simulator.Data;
using Afas.Simulator.Tables;

namespace Afas.Simulator.Query;

/// <summary>
/// The shapes values take in real GetConnectors, for <see cref="Hosting.AfasSimulatorOptions.TextValues"/>: numbers as
/// text ("12"), decimals with a comma ("0,9") or a point, booleans as true/false, 1/0, "1"/"0", "Ja"/"Nee", "J"/"N",
/// "true"/"false", dates with and without a time and zone ("2023-02-18T00:00:00Z", "2023-02-18",
/// "2023-02-18T00:00:00+01:00", "2023-02-18T00:00:00"), date-times with "Z", without a zone, with their Amsterdam offset
/// or with milliseconds, "" for an empty value, a house number addition that starts with a letter written into the
/// number ("12a", "12 a", "12-a") and Dutch postcodes in lower case with a space. Every shape means the same value as
/// the default answer. Which shape a value gets follows from the record key and the field, so a record looks the same
/// in every answer whatever the paging.
/// </summary>
internal sealed class TextValueShapes
{
    private readonly SimTable _table;
    private readonly int[] _keys;
    private readonly (int Number, int Addition)[] _houseNumbers;

    public TextValueShapes(SimTable table)
    {
        _table = table;
        _keys = [.. table.KeyFields.Select(Index)];
        _houseNumbers = [.. new[] { ("Huisnummer", "Huisnummer_toevoeging"), ("Verpleegadres_Huisnr.", "Verpleegadres_Toev._aan_huisnr.") }
            .Where(p => table.TryGetFieldIndex(p.Item1, out _) && table.TryGetFieldIndex(p.Item2, out _))
            .Select(p => (Index(p.Item1), Index(p.Item2)))];
    }

    /// <summary>A copy of the row with its values in their text shapes.</summary>
    public object?[] Shape(object?[] row)
    {
        var record = RecordHash(row);
        var shaped = new object?[row.Length];
        for (var i = 0; i < row.Length; i++)
        {
            var variant = SimRandom.Mix(record ^ (ulong)(i + 1));
            shaped[i] = _keys.Contains(i) && row[i] is string ? row[i] : Shape(_table.Fields[i], row[i], variant);
        }
        foreach (var (number, addition) in _houseNumbers)
        {
            JoinAddition(row, shaped, number, addition, SimRandom.Mix(record ^ 0xA5A5UL));
        }
        return shaped;
    }

    private static object? Shape(SimField field, object? value, ulong variant) => value switch
    {
        null => variant % (field.Kind == SimFieldKind.Text ? 3UL : 2UL) == 0 ? "" : null,
        int number => variant % 2 == 0 ? number : Text(number),
        decimal number => (variant % 3) switch
        {
            0 => number,
            1 => Text(number).Replace('.', ','),
            _ => Text(number),
        },
        bool flag => (variant % 6) switch
        {
            0 => flag,
            1 => flag ? "Ja" : "Nee",
            2 => flag ? "J" : "N",
            3 => flag ? "1" : "0",
            4 => flag ? 1 : 0,
            _ => flag ? "true" : "false",
        },
        DateOnly date => (variant % 4) switch
        {
            0 => date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture),
            1 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            2 => date.ToString("yyyy-MM-dd'T00:00:00'", CultureInfo.InvariantCulture) + Offset(date.ToDateTime(TimeOnly.MinValue)),
            _ => date.ToString("yyyy-MM-dd'T00:00:00'", CultureInfo.InvariantCulture),
        },
        DateTime moment => (variant % 4) switch
        {
            0 => moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            1 => moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            2 => moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Offset(moment),
            _ => moment.ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'", CultureInfo.InvariantCulture),
        },
        string text when field.Name == "Postcode" && IsDutchPostcode(text) && variant % 3 == 0 => text[..4] + " " + text[^2..].ToLowerInvariant(),
        _ => value,
    };

    /// <summary>An addition that starts with a letter is written into the house number ("12a", "12 a", "12-a") for three in four records.</summary>
    private static void JoinAddition(object?[] row, object?[] shaped, int number, int addition, ulong variant)
    {
        if (row[number] is not int house || row[addition] is not string { Length: > 0 } extra || !char.IsLetter(extra[0]) || variant % 4 == 3)
        {
            return;
        }
        var separator = (variant % 4) switch
        {
            0 => "",
            1 => " ",
            _ => "-",
        };
        shaped[number] = Text(house) + separator + extra;
        shaped[addition] = variant % 8 < 4 ? "" : null;
    }

    /// <summary>Europe/Amsterdam's offset of a wall-clock time (the EU rule: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00).</summary>
    private static string Offset(DateTime wallClock)
    {
        var summerStart = LastSunday(wallClock.Year, 3).AddHours(2);
        var summerEnd = LastSunday(wallClock.Year, 10).AddHours(3);
        return wallClock >= summerStart && wallClock < summerEnd ? "+02:00" : "+01:00";
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Unspecified);
        return last.AddDays(-(int)last.DayOfWeek);
    }

    private static bool IsDutchPostcode(string text) =>
        text.Length == 6 && text[..4].All(char.IsAsciiDigit) && text[4..].All(char.IsAsciiLetter);

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    private ulong RecordHash(object?[] row)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var key in _keys)
        {
            foreach (var c in Convert.ToString(row[key], CultureInfo.InvariantCulture) ?? "")
            {
                hash = unchecked((hash ^ c) * 0x100000001B3UL);
            }
            hash = unchecked((hash ^ '|') * 0x100000001B3UL);
        }
        return hash;
    }

    private int Index(string field) => _table.TryGetFieldIndex(field, out var index) ? index : throw new ArgumentException($"no field {field}", nameof(field));
}
