using Gateway.Afas.Rows;
using Gateway.Core.Pulls;
using Gateway.Outbound.Convert.Conversion;

namespace Gateway.Outbound.Convert.Absence;

/// <summary>
/// Decides which Verzuimmeldingen one case's mutations become. A case the receiver has not heard of (no sequence
/// number issued yet) is replayed: start, a change per later verloop row, and the end when closed. For a known case:
/// corrected melding data or verloop rows → one correction; new verloop rows → a change each; a reopening or a birth
/// registered → a change; a first recovery date → the end; the melding gone → a deletion. Rows of one melding share
/// its fields, so one melding-level change seen on several rows gives one message.
/// </summary>
public static class AbsenceEventPlanner
{
    private static readonly HashSet<string> MeldingCorrections = new(StringComparer.Ordinal)
    {
        VerzuimFields.Begin, VerzuimFields.Datum_ziekmelding, VerzuimFields.Type, VerzuimFields.Reden_verzuim_code,
        VerzuimFields.Vangnetregeling, VerzuimFields.Dienstverbandnummer, VerzuimFields.Guid_medewerker, VerzuimFields.Werkgevercode,
    };

    private static readonly HashSet<string> PhaseCorrections = new(StringComparer.Ordinal)
    {
        VerzuimFields.Aanwezigheidspercentage, VerzuimFields.Datum_deelherstel,
    };

    private static readonly HashSet<string> ClosingCorrections = new(StringComparer.Ordinal)
    {
        VerzuimFields.Reden_afsluiten_code, VerzuimFields.Datum_herstelmelding,
    };

    private static readonly HashSet<string> CareAddressFields = new(StringComparer.Ordinal)
    {
        VerzuimFields.Verpleegadres_Naam, VerzuimFields.Verpleegadres_Straat, VerzuimFields.Verpleegadres_Huisnr,
        VerzuimFields.Verpleegadres_Toev_aan_huisnr, VerzuimFields.Verpleegadres_Pstcd, VerzuimFields.Verpleegadres_Plaats,
        VerzuimFields.Verpleegadres_Land,
    };

    /// <param name="current">The case's verloop rows now (empty when the melding is gone).</param>
    /// <param name="changes">This case's mutations.</param>
    /// <param name="known">The receiver has had a message of this case (a sequence number was issued).</param>
    /// <param name="includeCareAddress">Care address changes count (the account sends care addresses).</param>
    public static AbsencePlan Plan(IReadOnlyList<VerzuimRow> current, IReadOnlyList<SourceChange<VerzuimRow>> changes, bool known, bool includeCareAddress)
    {
        var keys = changes.Select(c => c.Key).Distinct().ToList();
        if (current.Count == 0)
        {
            var lastSeen = changes.Where(c => c.Kind == MutationKind.Gone).Select(c => c.Row).ToList();
            if (!known || lastSeen.Count == 0)
            {
                return AbsencePlan.Skip("melding removed in AFAS before any message of it was sent");
            }
            var gone = new AbsenceCase(lastSeen);
            return new AbsencePlan([new AbsenceEvent(AbsenceEventKind.Deletion, gone, gone.LastPhase, Begin(gone), gone.IsEnded, null, keys)], null);
        }
        var absence = new AbsenceCase(current);
        return known ? PlanKnown(absence, changes, keys, includeCareAddress) : Replay(absence, keys);
    }

    private static AbsencePlan Replay(AbsenceCase absence, IReadOnlyList<AfasRecordKey> keys)
    {
        var events = new List<AbsenceEvent> { new(AbsenceEventKind.Start, absence, absence.FirstPhase, Begin(absence), false, null, keys) };
        foreach (var phase in absence.Phases.Skip(1))
        {
            events.Add(new AbsenceEvent(AbsenceEventKind.Change, absence, phase, Start(absence, phase), false, null, keys));
        }
        if (absence.IsEnded)
        {
            events.Add(new AbsenceEvent(AbsenceEventKind.End, absence, absence.LastPhase, absence.Melding.Datum_hervatting!.Value, true, null, keys));
        }
        return new AbsencePlan(events, null);
    }

    private static AbsencePlan PlanKnown(AbsenceCase absence, IReadOnlyList<SourceChange<VerzuimRow>> changes, IReadOnlyList<AfasRecordKey> keys, bool includeCareAddress)
    {
        var correction = false;
        var closingCorrection = false;
        var end = false;
        var reopen = false;
        var birth = false;
        var care = false;
        DateOnly? previousBegin = null;
        var newPhases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case MutationKind.New:
                    newPhases.Add(change.Row.GUID_verzuimverloop);
                    break;
                case MutationKind.Gone:
                    correction = true;
                    break;
                default:
                    var fields = change.ChangedFields;
                    if (fields.Overlaps(MeldingCorrections))
                    {
                        correction = true;
                        if (fields.Contains(VerzuimFields.Begin) && change.Previous?.Begin is { } before && before != change.Row.Begin)
                        {
                            previousBegin = before;
                        }
                    }
                    if (fields.Contains(VerzuimFields.Aanwezigheidspercentage)
                        || (fields.Contains(VerzuimFields.Datum_deelherstel) && !fields.Contains(VerzuimFields.Begin)))
                    {
                        correction = true;
                    }
                    if (fields.Contains(VerzuimFields.Datum_hervatting))
                    {
                        if (change.Row.Datum_hervatting is null)
                        {
                            reopen = true;
                        }
                        else if (WasClosedBefore(change))
                        {
                            closingCorrection = true;
                        }
                        else
                        {
                            end = true;
                        }
                    }
                    else if (absence.IsEnded && fields.Overlaps(ClosingCorrections))
                    {
                        closingCorrection = true;
                    }
                    birth |= fields.Contains(VerzuimFields.Werkelijke_bevallingsdatum) && change.Row.Werkelijke_bevallingsdatum is not null;
                    care |= includeCareAddress && fields.Overlaps(CareAddressFields);
                    break;
            }
        }
        var events = new List<AbsenceEvent>();
        var oldPhases = absence.Phases.Where(p => !newPhases.Contains(p.GUID_verzuimverloop)).ToList();
        var stateBefore = oldPhases.Count > 0 ? oldPhases[^1] : absence.FirstPhase;
        if (correction || closingCorrection)
        {
            var effective = correction ? Begin(absence) : absence.Melding.Datum_hervatting ?? Start(absence, stateBefore);
            events.Add(new AbsenceEvent(AbsenceEventKind.Correction, absence, stateBefore, effective, absence.IsEnded && !end, previousBegin, keys));
        }
        foreach (var phase in absence.Phases.Where(p => newPhases.Contains(p.GUID_verzuimverloop)))
        {
            events.Add(new AbsenceEvent(AbsenceEventKind.Change, absence, phase, Start(absence, phase), false, null, keys));
        }
        if (newPhases.Count == 0 && (reopen || ((birth || care) && events.Count == 0)))
        {
            var effective = birth && absence.Melding.Werkelijke_bevallingsdatum is { } born ? born : Start(absence, absence.LastPhase);
            events.Add(new AbsenceEvent(AbsenceEventKind.Change, absence, absence.LastPhase, effective, absence.IsEnded && !end, null, keys));
        }
        // The stored state can be newer than these changes (converted after later pulls): a case ended here but
        // reopened since is open now, so no end goes out; the reopening's own change sends its current state.
        if (end && absence.Melding.Datum_hervatting is { } recovered)
        {
            events.Add(new AbsenceEvent(AbsenceEventKind.End, absence, absence.LastPhase, recovered, true, null, keys));
        }
        else if (end && events.Count == 0)
        {
            return AbsencePlan.Skip("ended in AFAS and reopened since: the reopening sends the current state");
        }
        return events.Count == 0 ? AbsencePlan.Skip("no field that Verzuimmeldingen carries changed") : new AbsencePlan(events, null);
    }

    /// <summary>
    /// Whether a changed recovery date moved an existing one. With the previous row that is certain; without it, a
    /// first closing is recognised by its closing code arriving at the same time (or there being none at all).
    /// </summary>
    private static bool WasClosedBefore(SourceChange<VerzuimRow> change) => change.Previous is { } previous
        ? previous.Datum_hervatting is not null
        : !string.IsNullOrWhiteSpace(change.Row.Reden_afsluiten_code) && !change.ChangedFields.Contains(VerzuimFields.Reden_afsluiten_code);

    private static DateOnly Begin(AbsenceCase absence) =>
        absence.Melding.Begin ?? throw new MappingException(VerzuimFields.Begin, "is missing");

    private static DateOnly Start(AbsenceCase absence, VerzuimRow phase) => AbsenceCase.PhaseStart(phase) ?? Begin(absence);
}
