using Gateway.Receiving.Accounts;
using Sivi.Messages.Model;

namespace Gateway.Receiving.Classifications;

/// <summary>
/// Reads which of the eleven SIVI classifications a Verzuimmelding's absence (<c>Vrzm</c>) belongs to. No single
/// element carries it: the Verzuimmeldingen description (<c>Sivi.Schemas/Definitions/Verzuimmeldingen.sivi</c>)
/// spreads it over <c>VngntJN</c> (vangnet J/N/O), <c>OorzkVrzmCd</c> (oorzaak verzuim 10/11/99),
/// <c>WAZOCd</c> (Wet arbeid en zorg), <c>BijzRdnStartVrzmCd</c> (bijzondere reden start verzuim 01–04) and the
/// employment's <c>SrtDnstvbndCd</c> and <c>Enddat</c>. The rules, in order:
/// <list type="number">
/// <item>Not vangnet (VngntJN N or O): OorzkVrzmCd 10 → arbeidsongeval, 11 → verkeersongeval met regresmogelijkheid,
/// anything else (99) → overige redenen.</item>
/// <item>Vangnet with a WAZOCd → zwangerschap en/of bevalling.</item>
/// <item>Vangnet with a BijzRdnStartVrzmCd configured in <see cref="ClassificationRulesOptions.SpecialReasons"/> → that.</item>
/// <item>Vangnet with a SrtDnstvbndCd configured in <see cref="ClassificationRulesOptions.EmploymentKinds"/> → that.</item>
/// <item>Vangnet and the employment ends on or after the first day of absence → beëindiging dienstverband tijdens verzuim.</item>
/// <item>Otherwise vangnet → overige oorzaken (vangnet).</item>
/// </list>
/// The meanings of OorzkVrzmCd 10/11 are a documented assumption (SIVI publishes code meanings only in PDFs).
/// </summary>
public sealed class AbsenceClassifier
{
    private readonly Dictionary<string, SiviAbsenceClassification> _specialReasons;
    private readonly Dictionary<string, SiviAbsenceClassification> _employmentKinds;

    /// <exception cref="ReceivingConfigurationException">A rule names no known classification.</exception>
    public AbsenceClassifier(ClassificationRulesOptions rules)
    {
        var problems = new List<string>();
        _specialReasons = Parse(rules.SpecialReasons, "SpecialReasons", problems);
        _employmentKinds = Parse(rules.EmploymentKinds, "EmploymentKinds", problems);
        if (problems.Count > 0)
        {
            throw new ReceivingConfigurationException(problems);
        }
    }

    public SiviAbsenceClassification Classify(Vrzm absence, Dnstvbnd? employment)
    {
        if (!string.Equals(absence.VngntJN?.Trim(), "J", StringComparison.Ordinal))
        {
            return absence.OorzkVrzmCd?.Trim() switch
            {
                "10" => SiviAbsenceClassification.ArbeidsOngeval,
                "11" => SiviAbsenceClassification.VerkeersongevalMetRegres,
                _ => SiviAbsenceClassification.OverigeRedenen,
            };
        }
        if (!string.IsNullOrWhiteSpace(absence.WAZOCd))
        {
            return SiviAbsenceClassification.ZwangerschapBevalling;
        }
        if (absence.BijzRdnStartVrzmCd is { } reason && _specialReasons.TryGetValue(reason.Trim(), out var byReason))
        {
            return byReason;
        }
        if (employment?.SrtDnstvbndCd is { } kind && _employmentKinds.TryGetValue(kind.Trim(), out var byKind))
        {
            return byKind;
        }
        if (employment?.Enddat is { } end && absence.DatEerstVrzmdg is { } first && end.Date >= first.Date)
        {
            return SiviAbsenceClassification.EindeDienstverbandTijdensVerzuim;
        }
        return SiviAbsenceClassification.OverigeOorzakenVangnet;
    }

    private static Dictionary<string, SiviAbsenceClassification> Parse(Dictionary<string, string> entries, string name, List<string> problems)
    {
        var parsed = new Dictionary<string, SiviAbsenceClassification>(StringComparer.Ordinal);
        foreach (var (code, value) in entries)
        {
            if (SiviAbsenceClassifications.TryParse(value, out var classification))
            {
                parsed[code.Trim()] = classification;
            }
            else
            {
                problems.Add($"{ReceivingOptions.Section}:ClassificationRules:{name}:{code} = '{value}' is not one of the eleven SIVI classifications");
            }
        }
        return parsed;
    }
}
