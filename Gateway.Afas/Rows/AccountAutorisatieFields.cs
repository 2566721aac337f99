namespace Gateway.Afas.Rows;

/// <summary>Field ids of Accounts_Autorisaties exactly as AFAS names them (for filters and ordering).</summary>
public static class AccountAutorisatieFields
{
    public const string Einddatum_organigram = "Einddatum_organigram";
    public const string Org_eenheid = "Org._eenheid";
    public const string Org_eenheid_omschrijving = "Org._eenheid_omschrijving";
    public const string Leidinggevende_Guid = "Leidinggevende_Guid";
    public const string Leidinggevende_Code = "Leidinggevende_Code";
    public const string Leidinggevende_Roepnaam = "Leidinggevende_Roepnaam";
    public const string Leidinggevende_Voorletters = "Leidinggevende_Voorletters";
    public const string Leidinggevende_Voorvoegsel = "Leidinggevende_Voorvoegsel";
    public const string Leidinggevende_Achternaam = "Leidinggevende_Achternaam";
    public const string Leidinggevende_Geslacht_code = "Leidinggevende_Geslacht_code";
    public const string Leidinggevende_Mob_werk = "Leidinggevende_Mob._werk";
    public const string Leidinggevende_Mail_werk = "Leidinggevende_Mail_werk";
}
