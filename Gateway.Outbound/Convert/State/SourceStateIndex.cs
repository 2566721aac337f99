using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Outbound.Convert.Source;
using Gateway.Outbound.Convert.Values;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Outbound.Convert.State;

/// <summary>
/// What a conversion run keeps of the integration's stored AFAS state, read once per run: the rows of the small
/// connectors (employers, organisation units, managers), the <see cref="EmploymentFacts"/> of every employment row,
/// and the record keys of each employee's rows and bank account and of each case's rows. The employee and case rows
/// themselves are read per batch (<see cref="BatchSnapshotLoader"/>), so memory does not grow with the workforce's
/// records, only with its keys.
/// </summary>
public sealed class SourceStateIndex
{
    private SourceStateIndex(string integration) => Integration = integration;

    public string Integration { get; }

    public List<WerkgeverRow> Employers { get; } = [];

    public List<OrganigramRow> Units { get; } = [];

    public List<AccountAutorisatieRow> Managers { get; } = [];

    public List<EmploymentFacts> Employments { get; } = [];

    /// <summary>Record keys of Medewerker_Gegevens rows by normalised employee GUID.</summary>
    public RecordKeysByGuid EmployeeKeys { get; } = new();

    /// <summary>Record keys of Medewerker_IBAN rows by normalised employee GUID.</summary>
    public RecordKeysByGuid IbanKeys { get; } = new();

    /// <summary>Record keys of Verzuim rows by normalised Guid_verzuimmelding.</summary>
    public RecordKeysByGuid CaseKeys { get; } = new();

    public static async Task<SourceStateIndex> LoadAsync(GatewayDbContext context, string integration, CancellationToken cancellationToken)
    {
        var index = new SourceStateIndex(integration);
        var records = context.ConnectorRecords.AsNoTracking()
            .Where(r => r.Integration == integration)
            .Select(r => new { r.Connector, r.RecordKey, Fields = r.Connector == AfasConnectorIds.MedewerkerIban || r.Connector == AfasConnectorIds.Verzuim ? null : r.Fields })
            .AsAsyncEnumerable();
        var texts = new TextPool();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            switch (record.Connector)
            {
                case AfasConnectorIds.Werkgevers: index.Employers.Add(SourceRecordFields.Read<WerkgeverRow>(record.Fields!)); break;
                case AfasConnectorIds.Organigram: index.Units.Add(SourceRecordFields.Read<OrganigramRow>(record.Fields!)); break;
                case AfasConnectorIds.AccountsAutorisaties: index.Managers.Add(SourceRecordFields.Read<AccountAutorisatieRow>(record.Fields!)); break;
                case AfasConnectorIds.MedewerkerGegevens:
                    var row = SourceRecordFields.Read<MedewerkerGegevensRow>(record.Fields!);
                    index.Employments.Add(texts.Facts(row));
                    Add(index.EmployeeKeys, row.GUID, record.RecordKey);
                    break;
                case AfasConnectorIds.MedewerkerIban: Add(index.IbanKeys, FirstKeyPart(record.RecordKey), record.RecordKey); break;
                case AfasConnectorIds.Verzuim: Add(index.CaseKeys, FirstKeyPart(record.RecordKey), record.RecordKey); break;
                default: break;
            }
        }
        return index;
    }

    private static void Add(RecordKeysByGuid keys, string guid, string recordKey) => keys.Add(Identifiers.Guid(guid) ?? "", recordKey);

    /// <summary>The first field of a record key (<see cref="AfasRecordKey"/>: fields joined by '|', '|' and '\' escaped with '\').</summary>
    internal static string FirstKeyPart(string recordKey)
    {
        if (!recordKey.Contains('\\', StringComparison.Ordinal))
        {
            var bar = recordKey.IndexOf('|', StringComparison.Ordinal);
            return bar < 0 ? recordKey : recordKey[..bar];
        }
        var first = new System.Text.StringBuilder();
        for (var i = 0; i < recordKey.Length && recordKey[i] != '|'; i++)
        {
            first.Append(recordKey[i] == '\\' && i + 1 < recordKey.Length ? recordKey[++i] : recordKey[i]);
        }
        return first.ToString();
    }

    /// <summary>Shares the instances of the few distinct codes (employer, unit, gender) among all facts.</summary>
    private sealed class TextPool
    {
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public EmploymentFacts Facts(MedewerkerGegevensRow row) => EmploymentFacts.Of(row) with
        {
            Werkgeverscode = Share(row.Werkgeverscode),
            Afdelingscode = Share(row.Afdelingscode),
            Geslacht = Share(row.Geslacht),
        };

        private string? Share(string? text)
        {
            if (text is null)
            {
                return null;
            }
            if (!_texts.TryGetValue(text, out var shared))
            {
                _texts[text] = shared = text;
            }
            return shared;
        }
    }
}
