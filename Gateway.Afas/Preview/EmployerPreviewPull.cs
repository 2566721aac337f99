using Gateway.Afas.Changes;
using Gateway.Afas.Client;
using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Preview;

/// <summary>
/// A read-only live pull of what activating one employer would bring in: every enabled connector read with the queries
/// a full sync sends (configured filters, Verzuim's window) narrowed to the employer where AFAS can filter, through the
/// same activation gate and canonical fields a sync stores, admitting that employer's rows (and the environment's
/// organisation units and managers). No lease, no pull run, no state, no employer list, no uitval: nothing is stored.
/// </summary>
public sealed class EmployerPreviewPull(AfasConnectorClient client, TimeProvider clock)
{
    public async Task<EmployerPreviewRows> ReadAsync(IntegrationOptions integration, string employer, CancellationToken cancellationToken)
    {
        var rows = new EmployerPreviewRows(employer);
        var employees = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var connector in SyncOrder.Connectors.Where(c => integration.Connector(c).Enabled))
        {
            var gate = ActivationGate.ForEmployer(employer, employees);
            switch (connector)
            {
                case AfasConnectorIds.Werkgevers:
                    await ReadAsync(integration, [AfasQuery.For<WerkgeverRow>().Where(WerkgeverFields.Werkgeverscode, AfasFilterOperator.Equal, employer)],
                        gate, rows, rows.Werkgevers, keepRejected: _ => true, cancellationToken).ConfigureAwait(false);
                    break;
                case AfasConnectorIds.Organigram:
                    await ReadAsync(integration, [AfasQuery.For<OrganigramRow>()], gate, rows, rows.Organigram, keepRejected: _ => false, cancellationToken).ConfigureAwait(false);
                    break;
                case AfasConnectorIds.AccountsAutorisaties:
                    await ReadAsync(integration, [AfasQuery.For<AccountAutorisatieRow>()], gate, rows, rows.AccountsAutorisaties, keepRejected: _ => false, cancellationToken)
                        .ConfigureAwait(false);
                    break;
                case AfasConnectorIds.MedewerkerGegevens:
                    await ReadAsync(integration, [AfasQuery.For<MedewerkerGegevensRow>().Where(MedewerkerGegevensFields.Werkgeverscode, AfasFilterOperator.Equal, employer)],
                        gate, rows, rows.MedewerkerGegevens, keepRejected: _ => true, cancellationToken).ConfigureAwait(false);
                    foreach (var row in rows.MedewerkerGegevens)
                    {
                        if (RecordOwners.Of(row) is ({ } code, { } subject))
                        {
                            employees[subject] = code;
                        }
                    }
                    break;
                case AfasConnectorIds.MedewerkerIban:
                    await ReadAsync(integration, [AfasQuery.For<MedewerkerIbanRow>()], gate, rows, rows.MedewerkerIban,
                        keepRejected: error => error.RecordKey is { } key && employees.ContainsKey(key.Value), cancellationToken).ConfigureAwait(false);
                    break;
                case AfasConnectorIds.Verzuim:
                    var window = VerzuimSelection.Queries(SyncMode.Full, integration.Verzuim, now)
                        .Select(q => q.Where(VerzuimFields.Werkgevercode, AfasFilterOperator.Equal, employer)).ToList();
                    await ReadAsync(integration, window, gate, rows, rows.Verzuim, keepRejected: _ => true, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    break;
            }
        }
        return rows;
    }

    private async Task ReadAsync<TRow>(IntegrationOptions integration, IReadOnlyList<AfasQuery<TRow>> queries, ActivationGate gate, EmployerPreviewRows rows,
        List<TRow> into, Func<AfasRowError, bool> keepRejected, CancellationToken cancellationToken)
        where TRow : class, IAfasRow<TRow>
    {
        var reader = new GatedRecordReader<TRow>(client, gate);
        // two Verzuim queries may both return a case (open and recovered lately are distinct, but a sync counts a row once)
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in reader.ReadAsync(SyncQueries.WithConfiguredFilters(integration, queries), cancellationToken).ConfigureAwait(false))
        {
            if (!record.Unreadable && seen.Add(record.Key))
            {
                // the row as a sync stores it and conversion reads it back: the same canonical fields
                into.Add(SourceRecordFields.Read<TRow>(RecordCanonicalizer.Canonicalize(record.Fields).Json));
            }
        }
        rows.RowsRead[TRow.ConnectorId] = into.Count;
        rows.OtherEmployers += reader.SkippedInactive;
        rows.Rejected.AddRange(reader.Rejected.Where(keepRejected));
    }
}
