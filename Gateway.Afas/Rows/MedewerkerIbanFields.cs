namespace Gateway.Afas.Rows;

/// <summary>Field ids of MedewerkerIban exactly as AFAS names them (for filters and ordering).</summary>
public static class MedewerkerIbanFields
{
    public const string IBAN_nummer = "IBAN-nummer";
    public const string BIC_code = "BIC-code";
    public const string GUID = "GUID";
}
