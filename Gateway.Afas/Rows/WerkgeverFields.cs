namespace Gateway.Afas.Rows;

/// <summary>Field ids of Werkgevers exactly as AFAS names them (for filters and ordering).</summary>
public static class WerkgeverFields
{
    public const string Werkgeverscode = "Werkgeverscode";
    public const string Werkgeversnaam = "Werkgeversnaam";
    public const string Straatnaam = "Straatnaam";
    public const string Huisnummer = "Huisnummer";
    public const string Huisnummer_toevoeging = "Huisnummer_toevoeging";
    public const string Postcode = "Postcode";
    public const string Woonplaats = "Woonplaats";
    public const string Land = "Land";
}
