namespace Gateway.Receiving.Processing;

/// <summary>
/// The Verwerkingscode (VrwrkCd, 01–05) of an absence: read as 01 start (ziekmelding), 02 change, 03 end
/// (hersteld), 04 correction, 05 deletion. A documented assumption: the schemas list the codes, SIVI publishes their
/// meaning only in PDFs.
/// </summary>
public static class VrwrkCodes
{
    public const string Start = "01";
    public const string Change = "02";
    public const string End = "03";
    public const string Correction = "04";
    public const string Deletion = "05";

    /// <summary>Dutch description for texts to the sender.</summary>
    public static string Describe(string code) => code switch
    {
        Start => "ziekmelding",
        Change => "wijziging of (gedeeltelijk) herstel",
        End => "(volledige) hersteldmelding",
        Correction => "correctie",
        Deletion => "verwijdering",
        _ => $"melding met verwerkingscode {code}",
    };
}
