using Gateway.Core.Uitval;

namespace Gateway.Host.Telemetry;

/// <summary>
/// The series of <c>gateway.uitval.open</c>: one per (integration, account, stage) with open entries, and 0 for every
/// combination reported before that has none open any more, so a resolved entry shows as a drop to 0 rather than a
/// series that vanishes (which a graph shows as a gap and an alert rule as "no data"). Each stage always has a series
/// with empty integration and account, 0 unless such entries are open, so a fresh gateway with nothing open still
/// answers <c>sum by (gateway_uitval_stage) (gateway_uitval_open)</c> with zeros.
/// </summary>
public sealed class UitvalOpenSeries
{
    private readonly Lock _gate = new();
    private readonly HashSet<(string Integration, string Account, UitvalStage Stage)> _reported =
        [.. Enum.GetValues<UitvalStage>().Select(stage => ("", "", stage))];

    /// <summary>The values to report for the open entries counted now; safe to call from several exporters at once.</summary>
    public IReadOnlyList<(string Integration, string Account, UitvalStage Stage, int Count)> Observe(
        IEnumerable<(string Integration, string Account, UitvalStage Stage, int Count)> open)
    {
        var counts = new Dictionary<(string, string, UitvalStage), int>();
        foreach (var (integration, account, stage, count) in open)
        {
            var key = (integration, account, stage);
            counts[key] = counts.GetValueOrDefault(key) + count;
        }
        lock (_gate)
        {
            _reported.UnionWith(counts.Keys);
            return [.. _reported
                .OrderBy(k => k.Stage).ThenBy(k => k.Integration, StringComparer.Ordinal).ThenBy(k => k.Account, StringComparer.Ordinal)
                .Select(k => (k.Integration, k.Account, k.Stage, counts.GetValueOrDefault(k)))];
        }
    }
}
