using System.Globalization;

namespace Gateway.Receiving.Classifications;

/// <summary>Labels, configuration keys and default codes of the eleven <see cref="SiviAbsenceClassification"/>s.</summary>
public static class SiviAbsenceClassifications
{
    private static readonly Dictionary<SiviAbsenceClassification, string> Labels = new()
    {
        [SiviAbsenceClassification.ArbeidsOngeval] = "Ziekte - arbeidsongeval",
        [SiviAbsenceClassification.VerkeersongevalMetRegres] = "Ziekte - verkeersongeval met regresmogelijkheid",
        [SiviAbsenceClassification.OverigeRedenen] = "Ziekte - overige redenen",
        [SiviAbsenceClassification.ZwangerschapBevalling] = "Ziekte - zwangerschap en/of bevalling (vangnet)",
        [SiviAbsenceClassification.Orgaandonatie] = "Ziekte - orgaandonatie (vangnet)",
        [SiviAbsenceClassification.WwUitkering] = "Ziekte - WW-uitkering en meer dan xx weken verzuim (vangnet)",
        [SiviAbsenceClassification.UitzendOfOproepkracht] = "Ziekte - uitzendkracht of oproepkracht (vangnet)",
        [SiviAbsenceClassification.EindeDienstverbandTijdensVerzuim] = "Ziekte - beëindiging dienstverband tijdens verzuim (vangnet)",
        [SiviAbsenceClassification.GedeeltelijkVerzuimNaBeginDienstverband] = "Ziekte - gedeeltelijk verzuim binnen x jaar na begin dienstverband (vangnet)",
        [SiviAbsenceClassification.BijzonderDienstverband] = "Ziekte - bijzonder dienstverband (vangnet)",
        [SiviAbsenceClassification.OverigeOorzakenVangnet] = "Ziekte - overige oorzaken (vangnet)",
    };

    public static IReadOnlyList<SiviAbsenceClassification> All { get; } = Enum.GetValues<SiviAbsenceClassification>();

    /// <summary>The classification's name as SIVI (and seed 003) writes it.</summary>
    public static string Label(SiviAbsenceClassification classification) => Labels[classification];

    /// <summary>The receiver code used when no mapping names the classification: <c>SIVI01</c> … <c>SIVI11</c>.</summary>
    public static string DefaultCode(SiviAbsenceClassification classification) =>
        "SIVI" + ((int)classification).ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Reads a configuration key: the enum name (any case) or the number 1–11.</summary>
    public static bool TryParse(string? key, out SiviAbsenceClassification classification)
    {
        var text = key?.Trim() ?? "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            classification = (SiviAbsenceClassification)number;
            return number is >= 1 and <= 11;
        }
        if (text.Length > 0 && !char.IsAsciiDigit(text[0]) && Enum.TryParse(text, ignoreCase: true, out classification)
            && Enum.IsDefined(classification))
        {
            return true;
        }
        classification = default;
        return false;
    }
}
