using Gateway.Afas.Rows;

namespace Gateway.Outbound.Convert.Source;

/// <summary>
/// One AFAS dienstverband with its contracts. SIVI has one Dnstvbnd per dienstverband; the contract-level facts
/// (Type_contract, Einddatum_contract) come from the latest contract, the one with the highest Contractnummer.
/// </summary>
public sealed class EmploymentRecord(int number, IReadOnlyList<MedewerkerGegevensRow> contracts)
{
    public int Number { get; } = number;

    /// <summary>The contracts, lowest Contractnummer first.</summary>
    public IReadOnlyList<MedewerkerGegevensRow> Contracts { get; } = [.. contracts.OrderBy(c => c.Contractnummer)];

    /// <summary>The latest contract's row: the source of every Dnstvbnd field.</summary>
    public MedewerkerGegevensRow Current => Contracts[^1];

    public string Werkgeverscode => Current.Werkgeverscode?.Trim() ?? "";
}
