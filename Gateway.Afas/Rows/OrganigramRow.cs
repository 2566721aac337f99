using System.Text.Json.Serialization;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Rows;

/// <summary>Newdays_Connect_Organigram_v1: the organisation units and their tree (Laag, Bovenliggende_org._eenheid).</summary>
public sealed record OrganigramRow : IAfasRow<OrganigramRow>
{
    public DateOnly? Begindatum_organigram { get; init; }
    public DateOnly? Einddatum_organigram { get; init; }
    public required string Org_eenheid { get; init; }
    public string? Org_eenheid_omschrijving { get; init; }
    public int? Laag { get; init; }
    public string? Bovenliggende_org_eenheid { get; init; }

    /// <summary>The fields whose values could not be read (they are null above); judged per message type by the mapping.</summary>
    [JsonIgnore]
    public AfasFieldProblems Problems { get; init; } = AfasFieldProblems.None;

    public static string ConnectorId => AfasConnectorIds.Organigram;

    public static IReadOnlyList<string> KeyFields { get; } = [OrganigramFields.Org_eenheid];

    public AfasRecordKey Key => AfasRecordKey.Of(Org_eenheid);

    public static OrganigramRow Read(AfasRowFields fields) => new()
    {
        Begindatum_organigram = fields.Date(OrganigramFields.Begindatum_organigram),
        Einddatum_organigram = fields.Date(OrganigramFields.Einddatum_organigram),
        Org_eenheid = fields.RequiredText(OrganigramFields.Org_eenheid),
        Org_eenheid_omschrijving = fields.Text(OrganigramFields.Org_eenheid_omschrijving),
        Laag = fields.Integer(OrganigramFields.Laag),
        Bovenliggende_org_eenheid = fields.Text(OrganigramFields.Bovenliggende_org_eenheid),
        Problems = fields.ValueProblems(),
    };

    /// <summary>Only the connector and key: row values may be personal or medical data.</summary>
    public override string ToString() => $"{ConnectorId} {Key}";
}
