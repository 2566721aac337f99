using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Outbound.Convert.Source;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Convert;

/// <summary>The current AFAS state of an integration (what change detection stored), as the mapping's <see cref="SourceSnapshot"/>.</summary>
public static class SourceSnapshotLoader
{
    public static async Task<SourceSnapshot> LoadAsync(GatewayDbContext context, string integration, CancellationToken cancellationToken)
    {
        var snapshot = new SourceSnapshot();
        var records = context.ConnectorRecords.AsNoTracking()
            .Where(r => r.Integration == integration)
            .Select(r => new { r.Connector, r.Fields })
            .AsAsyncEnumerable();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            switch (record.Connector)
            {
                case AfasConnectorIds.Werkgevers: snapshot.Put(SourceRecordFields.Read<WerkgeverRow>(record.Fields)); break;
                case AfasConnectorIds.Organigram: snapshot.Put(SourceRecordFields.Read<OrganigramRow>(record.Fields)); break;
                case AfasConnectorIds.AccountsAutorisaties: snapshot.Put(SourceRecordFields.Read<AccountAutorisatieRow>(record.Fields)); break;
                case AfasConnectorIds.MedewerkerGegevens: snapshot.Put(SourceRecordFields.Read<MedewerkerGegevensRow>(record.Fields)); break;
                case AfasConnectorIds.MedewerkerIban: snapshot.Put(SourceRecordFields.Read<MedewerkerIbanRow>(record.Fields)); break;
                case AfasConnectorIds.Verzuim: snapshot.Put(SourceRecordFields.Read<VerzuimRow>(record.Fields)); break;
                default: break;
            }
        }
        return snapshot;
    }
}
