namespace Gateway.Afas.Rows;

/// <summary>Field ids of Organigram exactly as AFAS names them (for filters and ordering).</summary>
public static class OrganigramFields
{
    public const string Begindatum_organigram = "Begindatum_organigram";
    public const string Einddatum_organigram = "Einddatum_organigram";
    public const string Org_eenheid = "Org._eenheid";
    public const string Org_eenheid_omschrijving = "Org._eenheid_omschrijving";
    public const string Laag = "Laag";
    public const string Bovenliggende_org_eenheid = "Bovenliggende_org._eenheid";
}
