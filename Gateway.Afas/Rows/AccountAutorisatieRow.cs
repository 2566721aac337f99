using System.Text.Json.Serialization;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Rows;

/// <summary>Newdays_Connect_Accounts_Autorisaties_v1: a leidinggevende authorised on an organisation unit.</summary>
public sealed record AccountAutorisatieRow : IAfasRow<AccountAutorisatieRow>
{
    public DateOnly? Einddatum_organigram { get; init; }
    public required string Org_eenheid { get; init; }
    public string? Org_eenheid_omschrijving { get; init; }
    public required string Leidinggevende_Guid { get; init; }
    public string? Leidinggevende_Code { get; init; }
    public string? Leidinggevende_Roepnaam { get; init; }
    public string? Leidinggevende_Voorletters { get; init; }
    public string? Leidinggevende_Voorvoegsel { get; init; }
    public string? Leidinggevende_Achternaam { get; init; }
    public string? Leidinggevende_Geslacht_code { get; init; }
    public string? Leidinggevende_Mob_werk { get; init; }
    public string? Leidinggevende_Mail_werk { get; init; }

    /// <summary>The fields whose values could not be read (they are null above); judged per message type by the mapping.</summary>
    [JsonIgnore]
    public AfasFieldProblems Problems { get; init; } = AfasFieldProblems.None;

    public static string ConnectorId => AfasConnectorIds.AccountsAutorisaties;

    public static IReadOnlyList<string> KeyFields { get; } = [AccountAutorisatieFields.Org_eenheid, AccountAutorisatieFields.Leidinggevende_Guid];

    public AfasRecordKey Key => AfasRecordKey.Of(Org_eenheid, Leidinggevende_Guid);

    public static AccountAutorisatieRow Read(AfasRowFields fields) => new()
    {
        Einddatum_organigram = fields.Date(AccountAutorisatieFields.Einddatum_organigram),
        Org_eenheid = fields.RequiredText(AccountAutorisatieFields.Org_eenheid),
        Org_eenheid_omschrijving = fields.Text(AccountAutorisatieFields.Org_eenheid_omschrijving),
        Leidinggevende_Guid = fields.RequiredText(AccountAutorisatieFields.Leidinggevende_Guid),
        Leidinggevende_Code = fields.Text(AccountAutorisatieFields.Leidinggevende_Code),
        Leidinggevende_Roepnaam = fields.Text(AccountAutorisatieFields.Leidinggevende_Roepnaam),
        Leidinggevende_Voorletters = fields.Text(AccountAutorisatieFields.Leidinggevende_Voorletters),
        Leidinggevende_Voorvoegsel = fields.Text(AccountAutorisatieFields.Leidinggevende_Voorvoegsel),
        Leidinggevende_Achternaam = fields.Text(AccountAutorisatieFields.Leidinggevende_Achternaam),
        Leidinggevende_Geslacht_code = fields.Text(AccountAutorisatieFields.Leidinggevende_Geslacht_code),
        Leidinggevende_Mob_werk = fields.Text(AccountAutorisatieFields.Leidinggevende_Mob_werk),
        Leidinggevende_Mail_werk = fields.Text(AccountAutorisatieFields.Leidinggevende_Mail_werk),
        Problems = fields.ValueProblems(),
    };

    /// <summary>Only the connector and key: row values may be personal or medical data.</summary>
    public override string ToString() => $"{ConnectorId} {Key}";
}
