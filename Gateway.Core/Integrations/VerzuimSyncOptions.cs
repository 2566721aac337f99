namespace Gateway.Core.Integrations;

/// <summary>
/// How absences are selected (seed 000): before go-live every pull takes the open cases and those closed within
/// <see cref="WindowDays"/>; after <see cref="LiveSince"/> the scheduled pulls take what changed in the last
/// <see cref="RecentDays"/>, and a window pull on <see cref="WindowSchedule"/> finds deleted absences.
/// </summary>
public sealed class VerzuimSyncOptions
{
    /// <summary>The day the link went live in production; null while testing or before the first production pull.</summary>
    public DateOnly? LiveSince { get; set; }

    public int WindowDays { get; set; } = 365;

    public int RecentDays { get; set; } = 14;

    /// <summary>When the window pull runs after go-live (Europe/Amsterdam cron).</summary>
    public List<string> WindowSchedule { get; set; } = ["30 21 * * *"];
}
