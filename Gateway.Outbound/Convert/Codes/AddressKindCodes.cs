namespace Gateway.Outbound.Convert.Codes;

/// <summary>SIVI SrtAdrsCd (assumption): 01 home address (employee) or business address (employer), 06 care address.</summary>
public static class AddressKindCodes
{
    public const string Woonadres = "01";
    public const string Vestigingsadres = "01";
    public const string Verpleegadres = "06";
}
