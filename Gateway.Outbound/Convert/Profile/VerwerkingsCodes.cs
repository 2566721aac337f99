namespace Gateway.Outbound.Convert.Profile;

/// <summary>
/// VrwrkCd per kind of mutation. SIVI publishes the meaning of 01-05 only in its PDFs; the defaults are our documented
/// reading (docs/mapping.md) and an account can override each of them.
/// </summary>
public sealed class VerwerkingsCodes
{
    public string Start { get; set; } = "01";

    public string Change { get; set; } = "02";

    public string End { get; set; } = "03";

    public string Correction { get; set; } = "04";

    public string Deletion { get; set; } = "05";
}
