namespace Gateway.Outbound.Deliver;

/// <summary>File names as delivery names them: a type prefix (XS Connect filters on VZ*.xml) and the Berrefnr.</summary>
public static class OutgoingFileNames
{
    public static string For(string messageName, string berrefnr) => Prefix(messageName) + berrefnr + ".xml";

    public static string Prefix(string messageName) => messageName switch
    {
        "Verzuimmeldingen" => "VZ_",
        "Dienstverbanden" => "DV_",
        "WerknemersGegevens" => "WN_",
        "WerkgeversGegevensBasisregistratie" => "WG_",
        "Retourmelding1" => "RM_",
        _ => "SIVI_",
    };
}
