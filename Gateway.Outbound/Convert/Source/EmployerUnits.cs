using Gateway.Outbound.Convert.Profile;

namespace Gateway.Outbound.Convert.Source;

/// <summary>
/// Which employer each organisation unit belongs to (the Organigram has no Werkgeverscode): a unit under an
/// employer's configured RootOrgUnit belongs to it; otherwise a tree belongs to the employer most of the employees in
/// it work for; with a single employer, every tree is that employer's. Units under a configured shared top unit belong
/// to every employer (<see cref="IsShared"/>).
/// </summary>
public sealed class EmployerUnits
{
    private readonly Dictionary<string, string> _employerOfUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _rootOfEmployer = new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _shared = new(StringComparer.Ordinal);

    public EmployerUnits(SourceSnapshot snapshot, MappingProfile profile)
    {
        var tree = snapshot.Tree;
        foreach (var root in profile.SharedOrgUnits.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            _shared.Add(root.Trim());
            _shared.UnionWith(tree.Subtree(root.Trim()).Select(u => u.Org_eenheid.Trim()));
        }
        foreach (var employer in profile.Employers.Where(e => !string.IsNullOrWhiteSpace(e.RootOrgUnit)))
        {
            var code = employer.Werkgeverscode.Trim();
            _rootOfEmployer[code] = employer.RootOrgUnit!.Trim();
            foreach (var unit in tree.Subtree(employer.RootOrgUnit!))
            {
                _employerOfUnit.TryAdd(unit.Org_eenheid.Trim(), code);
            }
        }
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var row in snapshot.Employments())
        {
            if (tree.RootOf(row.Afdelingscode) is not { } root || string.IsNullOrWhiteSpace(row.Werkgeverscode))
            {
                continue;
            }
            if (!votes.TryGetValue(root, out var perEmployer))
            {
                votes[root] = perEmployer = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            }
            var employer = row.Werkgeverscode.Trim();
            perEmployer[employer] = perEmployer.GetValueOrDefault(employer) + 1;
        }
        var employers = snapshot.Employers.Select(e => e.Werkgeverscode.Trim())
            .Concat(profile.Employers.Select(e => e.Werkgeverscode.Trim()))
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var roots = snapshot.Units.Select(u => tree.RootOf(u.Org_eenheid)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var owned = new List<(string Root, string Owner, int Votes)>();
        foreach (var root in roots.Where(r => !_shared.Contains(r)))
        {
            string? owner = null;
            var count = 0;
            if (votes.TryGetValue(root, out var perEmployer))
            {
                (owner, count) = perEmployer.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).First();
            }
            else if (employers.Count == 1)
            {
                owner = employers[0];
            }
            if (owner is null)
            {
                continue;
            }
            owned.Add((root, owner, count));
            foreach (var unit in tree.Subtree(root))
            {
                _employerOfUnit.TryAdd(unit.Org_eenheid.Trim(), owner);
            }
        }
        foreach (var group in owned.GroupBy(o => o.Owner, StringComparer.OrdinalIgnoreCase))
        {
            if (_rootOfEmployer.ContainsKey(group.Key))
            {
                continue;
            }
            _rootOfEmployer[group.Key] = group
                .OrderByDescending(o => o.Votes)
                .ThenBy(o => tree.Unit(o.Root)?.Einddatum_organigram is null ? 0 : 1)
                .ThenBy(o => o.Root, StringComparer.Ordinal)
                .First().Root;
        }
    }

    /// <summary>The Werkgeverscode a unit belongs to, or null when that cannot be told (or it is shared, <see cref="IsShared"/>).</summary>
    public string? EmployerOf(string? unit) => unit is not null && !IsShared(unit) && _employerOfUnit.TryGetValue(unit.Trim(), out var code) ? code : null;

    /// <summary>The unit is part of the structure shared by all employers (<see cref="MappingProfile.SharedOrgUnits"/>).</summary>
    public bool IsShared(string? unit) => unit is not null && _shared.Contains(unit.Trim());

    /// <summary>The employer's top unit: configured, else the root of the tree most of its employees work in.</summary>
    public string? RootOf(string werkgeverscode) => _rootOfEmployer.GetValueOrDefault(werkgeverscode.Trim());
}
