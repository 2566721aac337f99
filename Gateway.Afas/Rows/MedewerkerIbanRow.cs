using System.Text.Json.Serialization;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Rows;

/// <summary>Newdays_Connect_Medewerker_IBAN_v1: an employee's bank account. Holds the IBAN: never log a row, only its <see cref="Key"/>.</summary>
public sealed record MedewerkerIbanRow : IAfasRow<MedewerkerIbanRow>
{
    public string? IBAN_nummer { get; init; }
    public string? BIC_code { get; init; }
    public required string GUID { get; init; }

    /// <summary>The fields whose values could not be read (they are null above); judged per message type by the mapping.</summary>
    [JsonIgnore]
    public AfasFieldProblems Problems { get; init; } = AfasFieldProblems.None;

    public static string ConnectorId => AfasConnectorIds.MedewerkerIban;

    public static IReadOnlyList<string> KeyFields { get; } = [MedewerkerIbanFields.GUID];

    public AfasRecordKey Key => AfasRecordKey.Of(GUID);

    public static MedewerkerIbanRow Read(AfasRowFields fields) => new()
    {
        IBAN_nummer = fields.Text(MedewerkerIbanFields.IBAN_nummer),
        BIC_code = fields.Text(MedewerkerIbanFields.BIC_code),
        GUID = fields.RequiredText(MedewerkerIbanFields.GUID),
        Problems = fields.ValueProblems(),
    };

    /// <summary>Only the connector and key: row values may be personal or medical data.</summary>
    public override string ToString() => $"{ConnectorId} {Key}";
}
