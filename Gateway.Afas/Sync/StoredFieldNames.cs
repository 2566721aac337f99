using System.Collections.Frozen;
using System.Reflection;
using Gateway.Afas.Rows;

namespace Gateway.Afas.Sync;

/// <summary>
/// The names change detection stores a row's fields under (the typed row's property names, e.g. "Org_eenheid") and
/// the AFAS field ids they stand for ("Org._eenheid"). Each connector's <c>*Fields</c> class holds every field id in a
/// constant named like the property, so the pairs are read from there.
/// </summary>
public static class StoredFieldNames
{
    /// <summary>AFAS field id → stored name, for reading a stored record with <see cref="AfasRowFields"/>.</summary>
    public static IReadOnlyDictionary<string, string> ByFieldId<TRow>() where TRow : IAfasRow<TRow> => Names<TRow>.ByFieldId;

    /// <summary>Stored name → AFAS field id.</summary>
    public static IReadOnlyDictionary<string, string> ByStoredName<TRow>() where TRow : IAfasRow<TRow> => Names<TRow>.ByStoredName;

    private static Type FieldsClassOf(Type row) =>
        row == typeof(WerkgeverRow) ? typeof(WerkgeverFields)
        : row == typeof(OrganigramRow) ? typeof(OrganigramFields)
        : row == typeof(MedewerkerGegevensRow) ? typeof(MedewerkerGegevensFields)
        : row == typeof(VerzuimRow) ? typeof(VerzuimFields)
        : row == typeof(AccountAutorisatieRow) ? typeof(AccountAutorisatieFields)
        : row == typeof(MedewerkerIbanRow) ? typeof(MedewerkerIbanFields)
        : throw new ArgumentException($"{row.Name} is not a GetConnector row", nameof(row));

    private static class Names<TRow> where TRow : IAfasRow<TRow>
    {
        public static readonly FrozenDictionary<string, string> ByStoredName = FieldsClassOf(typeof(TRow))
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToFrozenDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);

        public static readonly FrozenDictionary<string, string> ByFieldId =
            ByStoredName.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
