using System.Collections.Frozen;

namespace Gateway.Core.Privacy;

/// <summary>
/// Which SIVI elements (by local name, in every message type and release) hold personal data: identifiers (BSN, IBAN),
/// which are always masked for anyone but an admin, and the <see cref="PersonalDataCategory"/> of the others. Address
/// and contact elements count only below a person (<c>Wrknmr</c>, <c>Prtnr</c>, <c>Cntprsn</c>): the same elements
/// below <c>Wrkgvr</c> are the employer's.
/// </summary>
public static class PersonalElements
{
    private static readonly FrozenSet<string> Identifiers =
        new[] { "SofiNr", "Bsn", "BurgerServiceNr", "Iban", "IbanNr", "Rekeningnr" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Persons = new[] { "Wrknmr", "Prtnr", "Cntprsn" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, PersonalDataCategory> Always = new Dictionary<string, PersonalDataCategory>(StringComparer.Ordinal)
    {
        ["Achternaam"] = PersonalDataCategory.Names,
        ["Voorl"] = PersonalDataCategory.Names,
        ["Roepnaam"] = PersonalDataCategory.Names,
        ["Voorv"] = PersonalDataCategory.Names,
        ["SignNm"] = PersonalDataCategory.Names,
        ["TitANm"] = PersonalDataCategory.Names,
        ["TitVNm"] = PersonalDataCategory.Names,
        ["Gebdat"] = PersonalDataCategory.BirthDates,
        ["Overldat"] = PersonalDataCategory.BirthDates,
        ["NmVrpladrs"] = PersonalDataCategory.Addresses,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, PersonalDataCategory> BelowAPerson = new Dictionary<string, PersonalDataCategory>(StringComparer.Ordinal)
    {
        ["StraatLang"] = PersonalDataCategory.Addresses,
        ["Huisnr"] = PersonalDataCategory.Addresses,
        ["HuisToev"] = PersonalDataCategory.Addresses,
        ["Pc"] = PersonalDataCategory.Addresses,
        ["Wnpl"] = PersonalDataCategory.Addresses,
        ["Pbnr"] = PersonalDataCategory.Addresses,
        ["LocomsBtl"] = PersonalDataCategory.Addresses,
        ["HuisnrBtl"] = PersonalDataCategory.Addresses,
        ["PcBtl"] = PersonalDataCategory.Addresses,
        ["WnplBtl"] = PersonalDataCategory.Addresses,
        ["RegBtl"] = PersonalDataCategory.Addresses,
        ["NrCom"] = PersonalDataCategory.Contact,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether the element holds a BSN or IBAN.</summary>
    public static bool IsIdentifier(string localName) => Identifiers.Contains(localName);

    /// <summary>Whether an element of this name is a person (its address and contact children are personal).</summary>
    public static bool IsPerson(string localName) => Persons.Contains(localName);

    /// <summary>The category of the element's value, or null when it is not personal data of these kinds.</summary>
    /// <param name="belowAPerson">Whether an ancestor is a person (<see cref="IsPerson"/>).</param>
    public static PersonalDataCategory? CategoryOf(string localName, bool belowAPerson) =>
        Always.TryGetValue(localName, out var category) ? category
        : belowAPerson && BelowAPerson.TryGetValue(localName, out category) ? category
        : null;

    /// <summary>Whether any value of an element of this name may be personal data (identifier or any category), wherever it stands.</summary>
    public static bool MayHoldPersonalData(string localName) =>
        IsIdentifier(localName) || Always.ContainsKey(localName) || BelowAPerson.ContainsKey(localName);
}
