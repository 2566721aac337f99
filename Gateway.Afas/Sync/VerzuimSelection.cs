using System.Text.Json;
using Gateway.Afas.Client;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Core.Time;

namespace Gateway.Afas.Sync;

/// <summary>
/// The Verzuim filters of seed 000 as GetConnector queries. AFAS filters cannot OR, so each selection is two
/// queries whose rows are checked together (a row in both counts once):
/// <list type="bullet">
/// <item>window: <c>Datum_hervatting</c> empty (open) + <c>Datum_hervatting</c> ≥ today − WindowDays (closed lately);
/// a known record that lies inside the window but was not returned is gone (deleted in AFAS);</item>
/// <item>recent: <c>Verloop_Gewijzigd_Op</c> ≥ now − RecentDays + <c>Melding_Gewijzigd_Op</c> ≥ now − RecentDays; never
/// infers deletions.</item>
/// </list>
/// </summary>
public static class VerzuimSelection
{
    public static IReadOnlyList<AfasQuery<VerzuimRow>> Queries(SyncMode mode, VerzuimSyncOptions options, DateTimeOffset now)
    {
        var query = AfasQuery.For<VerzuimRow>();
        if (mode == SyncMode.Recent)
        {
            var since = now.AddDays(-options.RecentDays);
            return
            [
                query.Where(AfasFilter.On(VerzuimFields.Verloop_Gewijzigd_Op, AfasFilterOperator.GreaterOrEqual, since)),
                query.Where(AfasFilter.On(VerzuimFields.Melding_Gewijzigd_Op, AfasFilterOperator.GreaterOrEqual, since)),
            ];
        }
        return
        [
            query.Where(VerzuimFields.Datum_hervatting, AfasFilterOperator.Empty),
            query.Where(AfasFilter.On(VerzuimFields.Datum_hervatting, AfasFilterOperator.GreaterOrEqual, WindowStart(options, now))),
        ];
    }

    public static DateOnly WindowStart(VerzuimSyncOptions options, DateTimeOffset now) =>
        DateOnly.FromDateTime(AmsterdamTime.ToLocal(now)).AddDays(-options.WindowDays);

    /// <summary>Whether a stored Verzuim record (canonical JSON) lies inside the window, so a window pull must have returned it.</summary>
    public static bool InWindow(string storedFields, DateOnly windowStart)
    {
        using var document = JsonDocument.Parse(storedFields);
        if (!document.RootElement.TryGetProperty(nameof(VerzuimRow.Datum_hervatting), out var hervatting) || hervatting.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        // a recovery date that could not be read is stored as it arrived: the pull cannot tell, so it infers nothing
        return AfasDateText.TryParseDate(hervatting.GetString()!, out var date) && date >= windowStart;
    }
}
