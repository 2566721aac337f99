using Gateway.Afas.Rows;

namespace Gateway.Outbound.Convert.Source;

/// <summary>The organigram as a tree: each unit's parent (Bovenliggende_org._eenheid) and the root it hangs under.</summary>
public sealed class OrgUnitTree
{
    private readonly Dictionary<string, OrganigramRow> _units;

    public OrgUnitTree(IEnumerable<OrganigramRow> units)
    {
        _units = new Dictionary<string, OrganigramRow>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            _units[unit.Org_eenheid.Trim()] = unit;
        }
    }

    public OrganigramRow? Unit(string? code) => code is not null && _units.TryGetValue(code.Trim(), out var row) ? row : null;

    /// <summary>The parent's code when the parent is a known unit (and not the unit itself), else null.</summary>
    public string? ParentOf(string code)
    {
        var parent = Unit(code)?.Bovenliggende_org_eenheid?.Trim();
        return string.IsNullOrEmpty(parent) || parent == code.Trim() || !_units.ContainsKey(parent) ? null : parent;
    }

    /// <summary>The top of the chain of parents (cycles stop where they close); null for an unknown unit.</summary>
    public string? RootOf(string? code)
    {
        if (Unit(code) is null)
        {
            return null;
        }
        var current = code!.Trim();
        var seen = new HashSet<string>(StringComparer.Ordinal) { current };
        while (ParentOf(current) is { } parent && seen.Add(parent))
        {
            current = parent;
        }
        return current;
    }

    /// <summary>True when <paramref name="ancestor"/> is the unit itself or one of its parents.</summary>
    public bool IsUnder(string code, string ancestor)
    {
        var current = code.Trim();
        var target = ancestor.Trim();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(current))
        {
            if (string.Equals(current, target, StringComparison.Ordinal))
            {
                return true;
            }
            if (ParentOf(current) is not { } parent)
            {
                return false;
            }
            current = parent;
        }
        return false;
    }

    /// <summary>The unit and every unit below it.</summary>
    public IEnumerable<OrganigramRow> Subtree(string ancestor) => _units.Values.Where(u => IsUnder(u.Org_eenheid, ancestor));
}
