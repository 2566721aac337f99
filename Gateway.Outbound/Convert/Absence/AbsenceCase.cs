using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Values;

namespace Gateway.Outbound.Convert.Absence;

/// <summary>
/// A verzuimmelding as its verloop rows show it: the phases in time order (each from Datum_deelherstel, the first from
/// Begin) and the melding-level facts (begin, reason, closing) from the most recently changed row.
/// </summary>
public sealed class AbsenceCase
{
    public AbsenceCase(IReadOnlyList<VerzuimRow> rows)
    {
        if (rows.Count == 0)
        {
            throw new ArgumentException("a case needs at least one verloop row", nameof(rows));
        }
        Phases = [.. rows
            .OrderBy(r => PhaseStart(r) ?? DateOnly.MaxValue)
            .ThenBy(r => r.Verloop_Gewijzigd_Op ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.GUID_verzuimverloop, StringComparer.Ordinal)];
        Melding = rows.OrderBy(r => r.Melding_Gewijzigd_Op ?? DateTimeOffset.MinValue).ThenBy(r => r.GUID_verzuimverloop, StringComparer.Ordinal).Last();
        Id = Identifiers.Guid(Melding.Guid_verzuimmelding) ?? "";
    }

    /// <summary>VrzmgvlId: Guid_verzuimmelding without braces, upper case.</summary>
    public string Id { get; }

    /// <summary>The row whose melding-level fields (begin, reason, closing) are current.</summary>
    public VerzuimRow Melding { get; }

    /// <summary>The verloop rows in time order.</summary>
    public IReadOnlyList<VerzuimRow> Phases { get; }

    public VerzuimRow FirstPhase => Phases[0];

    public VerzuimRow LastPhase => Phases[^1];

    /// <summary>Closed: AFAS has a Datum_hervatting.</summary>
    public bool IsEnded => Melding.Datum_hervatting is not null;

    /// <summary>When a verloop row takes effect: its Datum_deelherstel, else the melding's Begin.</summary>
    public static DateOnly? PhaseStart(VerzuimRow row) => row.Datum_deelherstel ?? row.Begin;
}
