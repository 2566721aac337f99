namespace Gateway.Admin.Data;

/// <summary>The database keeps UTC without a kind (SQLite); results say it is UTC.</summary>
internal static class Utc
{
    public static DateTime Of(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? Of(DateTime? value) => value is { } v ? Of(v) : null;
}
