using System.Text.Json.Serialization;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Rows;

/// <summary>Newdays_Connect_Werkgevers_v1: the employers (one row per Werkgeverscode).</summary>
public sealed record WerkgeverRow : IAfasRow<WerkgeverRow>
{
    public required string Werkgeverscode { get; init; }
    public string? Werkgeversnaam { get; init; }
    public string? Straatnaam { get; init; }
    public string? Huisnummer { get; init; }
    public string? Huisnummer_toevoeging { get; init; }
    public string? Postcode { get; init; }
    public string? Woonplaats { get; init; }
    public string? Land { get; init; }

    /// <summary>The fields whose values could not be read (they are null above); judged per message type by the mapping.</summary>
    [JsonIgnore]
    public AfasFieldProblems Problems { get; init; } = AfasFieldProblems.None;

    public static string ConnectorId => AfasConnectorIds.Werkgevers;

    public static IReadOnlyList<string> KeyFields { get; } = [WerkgeverFields.Werkgeverscode];

    public AfasRecordKey Key => AfasRecordKey.Of(Werkgeverscode);

    public static WerkgeverRow Read(AfasRowFields fields) => new()
    {
        Werkgeverscode = fields.RequiredText(WerkgeverFields.Werkgeverscode),
        Werkgeversnaam = fields.Text(WerkgeverFields.Werkgeversnaam),
        Straatnaam = fields.Text(WerkgeverFields.Straatnaam),
        Huisnummer = fields.NumberOrText(WerkgeverFields.Huisnummer),
        Huisnummer_toevoeging = fields.Text(WerkgeverFields.Huisnummer_toevoeging),
        Postcode = fields.Text(WerkgeverFields.Postcode),
        Woonplaats = fields.Text(WerkgeverFields.Woonplaats),
        Land = fields.Text(WerkgeverFields.Land),
        Problems = fields.ValueProblems(),
    };

    /// <summary>Only the connector and key: row values may be personal or medical data.</summary>
    public override string ToString() => $"{ConnectorId} {Key}";
}
