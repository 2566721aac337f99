using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Core.Persistence;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Source;
using Gateway.Outbound.Convert.Values;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Convert.State;

/// <summary>
/// The <see cref="SourceSnapshot"/> one batch is converted against: the run's small connectors and employment facts
/// (<see cref="SourceStateIndex"/>) plus, read from the stored state now, the rows of what the batch touches: its
/// cases, the employees of its mutations and of those cases with their bank accounts, and the employees their rows
/// name as leidinggevende (a contact person). The snapshot refuses to answer for any other employee or case
/// (<see cref="SnapshotScope"/>).
/// </summary>
public static class BatchSnapshotLoader
{
    private const int KeysPerQuery = 500;

    public static async Task<SourceSnapshot> LoadAsync(GatewayDbContext context, SourceStateIndex index, ConversionBatch batch, CancellationToken cancellationToken)
    {
        var snapshot = new SourceSnapshot();
        index.Employers.ForEach(snapshot.Put);
        index.Units.ForEach(snapshot.Put);
        index.Managers.ForEach(snapshot.Put);
        var cases = Guids(batch.Verzuim.Select(c => c.Row.Guid_verzuimmelding));
        var caseRows = await ReadAsync<VerzuimRow>(context, index, Keys(index.CaseKeys, cases), cancellationToken).ConfigureAwait(false);
        var employees = Guids(batch.MedewerkerGegevens.Select(c => c.Row.GUID)
            .Concat(batch.MedewerkerIban.Select(c => c.Row.GUID))
            .Concat(batch.Verzuim.Select(c => c.Row.Guid_medewerker))
            .Concat(caseRows.Select(r => r.Guid_medewerker)));
        var employeeRows = await ReadAsync<MedewerkerGegevensRow>(context, index, Keys(index.EmployeeKeys, employees), cancellationToken).ConfigureAwait(false);
        var managers = Guids(employeeRows.Select(r => r.Leidinggevende_guid));
        managers.ExceptWith(employees);
        employeeRows.AddRange(await ReadAsync<MedewerkerGegevensRow>(context, index, Keys(index.EmployeeKeys, managers), cancellationToken).ConfigureAwait(false));
        employees.UnionWith(managers);
        var ibans = await ReadAsync<MedewerkerIbanRow>(context, index, Keys(index.IbanKeys, employees), cancellationToken).ConfigureAwait(false);
        caseRows.ForEach(snapshot.Put);
        employeeRows.ForEach(snapshot.Put);
        ibans.ForEach(snapshot.Put);
        snapshot.HoldOnly(new SnapshotScope(index.Employments, employees, cases));
        return snapshot;
    }

    private static HashSet<string> Guids(IEnumerable<string?> guids) =>
        guids.Select(Identifiers.Guid).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static List<string> Keys(RecordKeysByGuid keys, IEnumerable<string> guids) => [.. guids.SelectMany(keys.For)];

    /// <summary>The stored rows with these record keys, in record key order (the order a whole-state read gives them).</summary>
    private static async Task<List<TRow>> ReadAsync<TRow>(GatewayDbContext context, SourceStateIndex index, List<string> keys, CancellationToken cancellationToken)
        where TRow : class, IAfasRow<TRow>
    {
        var connector = TRow.ConnectorId;
        var records = new List<(string Key, string Fields)>(keys.Count);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            var found = await context.ConnectorRecords.AsNoTracking()
                .Where(r => r.Integration == index.Integration && r.Connector == connector && chunk.Contains(r.RecordKey))
                .Select(r => new { r.RecordKey, r.Fields })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            records.AddRange(found.Select(r => (r.RecordKey, r.Fields)));
        }
        records.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return records.ConvertAll(r => SourceRecordFields.Read<TRow>(r.Fields));
    }
}
