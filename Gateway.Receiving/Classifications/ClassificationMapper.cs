using Gateway.Receiving.Accounts;
using Sivi.Messages.Model;

namespace Gateway.Receiving.Classifications;

/// <summary>
/// Maps the eleven SIVI absence classifications to the receiver's own codes: one mapping for the environment
/// (<c>Gateway:Receiving:Classifications</c>) with per-account overrides (<c>ClassificationOverrides</c>), which
/// seed 003's product cannot do. An unmapped classification keeps its SIVI code (<c>SIVI01</c>…<c>SIVI11</c>).
/// </summary>
public sealed class ClassificationMapper
{
    private readonly Dictionary<SiviAbsenceClassification, string> _environment;

    /// <exception cref="ReceivingConfigurationException">The environment mapping or the rules name unknown classifications or empty codes.</exception>
    public ClassificationMapper(ReceivingOptions options)
    {
        Classifier = new AbsenceClassifier(options.ClassificationRules);
        var problems = new List<string>();
        _environment = Parse(options.Classifications, $"{ReceivingOptions.Section}:Classifications", problems);
        if (problems.Count > 0)
        {
            throw new ReceivingConfigurationException(problems);
        }
    }

    public AbsenceClassifier Classifier { get; }

    /// <summary>The receiver code for <paramref name="classification"/> under <paramref name="account"/>'s overrides, else the environment's.</summary>
    public AbsenceClassification Map(ReceivingAccount? account, SiviAbsenceClassification classification)
    {
        if (account is not null)
        {
            foreach (var (key, code) in account.Options.ClassificationOverrides)
            {
                if (SiviAbsenceClassifications.TryParse(key, out var overridden) && overridden == classification && !string.IsNullOrWhiteSpace(code))
                {
                    return new AbsenceClassification(classification, code.Trim(), ClassificationSource.AccountOverride);
                }
            }
        }
        return _environment.TryGetValue(classification, out var mapped)
            ? new AbsenceClassification(classification, mapped, ClassificationSource.Environment)
            : new AbsenceClassification(classification, SiviAbsenceClassifications.DefaultCode(classification), ClassificationSource.SiviDefault);
    }

    /// <summary>Classifies a Verzuimmelding's absence (see <see cref="AbsenceClassifier"/>) and maps it for the account.</summary>
    public AbsenceClassification Classify(ReceivingAccount? account, Vrzm absence, Dnstvbnd? employment) =>
        Map(account, Classifier.Classify(absence, employment));

    private static Dictionary<SiviAbsenceClassification, string> Parse(Dictionary<string, string> entries, string key, List<string> problems)
    {
        var parsed = new Dictionary<SiviAbsenceClassification, string>();
        foreach (var (name, code) in entries)
        {
            if (!SiviAbsenceClassifications.TryParse(name, out var classification))
            {
                problems.Add($"{key}:{name} is not one of the eleven SIVI classifications (name or number 1-11)");
            }
            else if (string.IsNullOrWhiteSpace(code))
            {
                problems.Add($"{key}:{name} has no receiver code");
            }
            else if (!parsed.TryAdd(classification, code.Trim()))
            {
                problems.Add($"{key}: {classification} is mapped twice");
            }
        }
        return parsed;
    }
}
