namespace Gateway.Outbound.Convert.Codes;

/// <summary>SIVI J/N (and O = unknown for LogischeEenheid).</summary>
public static class YesNo
{
    public const string Ja = "J";
    public const string Nee = "N";
    public const string Onbekend = "O";

    public static string Of(bool value) => value ? Ja : Nee;
}
