namespace Gateway.Outbound.Convert.Codes;

/// <summary>SIVI RolCntprsnCd (assumption): 01 leidinggevende (manager), used for every contact the gateway sends.</summary>
public static class ContactRoleCodes
{
    public const string Leidinggevende = "01";
}
