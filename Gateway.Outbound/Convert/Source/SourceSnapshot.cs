using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Values;

namespace Gateway.Outbound.Convert.Source;

/// <summary>
/// The current state of the six GetConnectors for one integration, indexed for the mappers: employers by code, units
/// by code, managers by unit and GUID, employee rows and bank accounts by employee GUID, verzuim rows by melding. The
/// pipeline fills it per batch from its stored state (holding only the employees and cases the batch touches, see
/// <see cref="SnapshotScope"/>), the convert command from files. GUIDs are matched without braces and case. Not
/// thread-safe while being filled; read-only use from several threads is safe.
/// </summary>
public sealed class SourceSnapshot
{
    private readonly Dictionary<string, WerkgeverRow> _employers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, OrganigramRow> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<AfasRecordKey, AccountAutorisatieRow> _accounts = [];
    private readonly Dictionary<string, List<AccountAutorisatieRow>> _managersByUnit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MedewerkerGegevensRow>> _employeeRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MedewerkerIbanRow> _ibans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<VerzuimRow>> _cases = new(StringComparer.Ordinal);
    private Dictionary<string, AccountAutorisatieRow>? _managersByGuid;
    private OrgUnitTree? _tree;
    private SnapshotScope? _scope;

    public IReadOnlyCollection<WerkgeverRow> Employers => _employers.Values;

    public IReadOnlyCollection<OrganigramRow> Units => _units.Values;

    /// <summary>Every employee row; only when the snapshot holds every employee.</summary>
    public IEnumerable<MedewerkerGegevensRow> EmployeeRows() => _scope is null
        ? _employeeRows.Values.SelectMany(rows => rows)
        : throw new InvalidOperationException("the snapshot holds only some employees");

    /// <summary>The facts of every employment row of the integration, whether or not the snapshot holds the rows.</summary>
    public IEnumerable<EmploymentFacts> Employments() => _scope?.Employments ?? EmployeeRows().Select(EmploymentFacts.Of);

    /// <summary>Declares that the snapshot holds only the employees and cases of <paramref name="scope"/>.</summary>
    public void HoldOnly(SnapshotScope scope) => _scope = scope;

    /// <summary>The organisation tree over the current units (rebuilt after units change).</summary>
    public OrgUnitTree Tree => _tree ??= new OrgUnitTree(_units.Values);

    public void Put(WerkgeverRow row) => _employers[row.Werkgeverscode.Trim()] = row;

    public void Remove(WerkgeverRow row) => _employers.Remove(row.Werkgeverscode.Trim());

    public void Put(OrganigramRow row)
    {
        _units[row.Org_eenheid.Trim()] = row;
        _tree = null;
    }

    public void Remove(OrganigramRow row)
    {
        _units.Remove(row.Org_eenheid.Trim());
        _tree = null;
    }

    public void Put(AccountAutorisatieRow row)
    {
        Remove(row);
        _accounts[row.Key] = row;
        Bucket(_managersByUnit, row.Org_eenheid.Trim()).Add(row);
        _managersByGuid = null;
    }

    public void Remove(AccountAutorisatieRow row)
    {
        if (_accounts.Remove(row.Key, out var old) && _managersByUnit.TryGetValue(old.Org_eenheid.Trim(), out var list))
        {
            list.RemoveAll(r => r.Key == old.Key);
        }
        _managersByGuid = null;
    }

    public void Put(MedewerkerGegevensRow row)
    {
        var rows = Bucket(_employeeRows, Identifiers.Guid(row.GUID) ?? "");
        rows.RemoveAll(r => r.Key == row.Key);
        rows.Add(row);
    }

    public void Remove(MedewerkerGegevensRow row)
    {
        var guid = Identifiers.Guid(row.GUID) ?? "";
        if (_employeeRows.TryGetValue(guid, out var rows))
        {
            rows.RemoveAll(r => r.Key == row.Key);
            if (rows.Count == 0)
            {
                _employeeRows.Remove(guid);
            }
        }
    }

    public void Put(MedewerkerIbanRow row) => _ibans[Identifiers.Guid(row.GUID) ?? ""] = row;

    public void Remove(MedewerkerIbanRow row) => _ibans.Remove(Identifiers.Guid(row.GUID) ?? "");

    public void Put(VerzuimRow row)
    {
        var rows = Bucket(_cases, Identifiers.Guid(row.Guid_verzuimmelding) ?? "");
        rows.RemoveAll(r => r.Key == row.Key);
        rows.Add(row);
    }

    public void Remove(VerzuimRow row)
    {
        var id = Identifiers.Guid(row.Guid_verzuimmelding) ?? "";
        if (_cases.TryGetValue(id, out var rows))
        {
            rows.RemoveAll(r => r.Key == row.Key);
            if (rows.Count == 0)
            {
                _cases.Remove(id);
            }
        }
    }

    public WerkgeverRow? Employer(string? code) =>
        code is not null && _employers.TryGetValue(code.Trim(), out var row) ? row : null;

    public OrganigramRow? Unit(string? code) =>
        code is not null && _units.TryGetValue(code.Trim(), out var row) ? row : null;

    /// <summary>The leidinggevenden authorised on a unit, in the order AFAS listed them.</summary>
    public IReadOnlyList<AccountAutorisatieRow> ManagersOf(string? unit) =>
        unit is not null && _managersByUnit.TryGetValue(unit.Trim(), out var rows) ? rows : [];

    /// <summary>A leidinggevende by GUID from Accounts_Autorisaties (any unit).</summary>
    public AccountAutorisatieRow? Manager(string? guid)
    {
        var id = Identifiers.Guid(guid);
        if (id is null)
        {
            return null;
        }
        _managersByGuid ??= BuildManagerIndex();
        return _managersByGuid.GetValueOrDefault(id);
    }

    /// <summary>All rows (dienstverband × contract) of an employee, or an empty list.</summary>
    public IReadOnlyList<MedewerkerGegevensRow> RowsOfEmployee(string? guid)
    {
        var id = Identifiers.Guid(guid);
        if (id is null)
        {
            return [];
        }
        _scope?.RequireEmployee(id);
        return _employeeRows.TryGetValue(id, out var rows) ? rows : [];
    }

    /// <summary>The employee grouped into employments, or null when AFAS has no rows for the GUID.</summary>
    public EmployeeRecord? Employee(string? guid)
    {
        var rows = RowsOfEmployee(guid);
        return rows.Count == 0 ? null : new EmployeeRecord(rows);
    }

    public MedewerkerIbanRow? Iban(string? guid)
    {
        var id = Identifiers.Guid(guid);
        if (id is null)
        {
            return null;
        }
        _scope?.RequireEmployee(id);
        return _ibans.TryGetValue(id, out var row) ? row : null;
    }

    /// <summary>The verzuimverloop rows of a melding, or an empty list.</summary>
    public IReadOnlyList<VerzuimRow> RowsOfCase(string? meldingGuid)
    {
        var id = Identifiers.Guid(meldingGuid);
        if (id is null)
        {
            return [];
        }
        _scope?.RequireCase(id);
        return _cases.TryGetValue(id, out var rows) ? rows : [];
    }

    /// <summary>Builds the lazily computed indexes now, so that parallel readers never race to build them.</summary>
    public void PrepareIndexes()
    {
        _ = Tree;
        _managersByGuid ??= BuildManagerIndex();
    }

    private Dictionary<string, AccountAutorisatieRow> BuildManagerIndex()
    {
        var index = new Dictionary<string, AccountAutorisatieRow>(StringComparer.Ordinal);
        foreach (var row in _accounts.Values)
        {
            if (Identifiers.Guid(row.Leidinggevende_Guid) is { } id)
            {
                index.TryAdd(id, row);
            }
        }
        return index;
    }

    private static List<T> Bucket<T>(Dictionary<string, List<T>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        return list;
    }
}
