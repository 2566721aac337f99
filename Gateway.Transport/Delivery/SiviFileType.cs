namespace Gateway.Transport.Delivery;

/// <summary>The SIVI Verzuimstandaard message types that travel as files, named after their Bericht.</summary>
public enum SiviFileType
{
    Verzuimmeldingen,
    Dienstverbanden,
    WerknemersGegevens,
    WerkgeversGegevensBasisregistratie,
    Retourmelding1,
}
