using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Parts;
using Gateway.Outbound.Convert.Profile;

namespace Gateway.Outbound.Convert.Employers;

/// <summary>
/// Werkgevers, Organigram and Accounts_Autorisaties mutations → one WerkgeversGegevensBasisregistratie per employer.
/// A new employer brings all its current units (VrwrkCd start); a changed employer only its own data; a new unit is
/// a start, a unit that got an end date an end, another unit change a change, a removed unit a deletion; changed
/// managers resend their unit as a change. Units that ended before they were ever sent are skipped. An employer whose
/// Personeelssterkte changed while nothing of its own did (<see cref="ConversionBatch.StaffCountChanged"/>) is sent
/// like a changed employer: its data and the new count, no units.
/// </summary>
public sealed class EmployerConversion(ConversionRun run)
{
    private static readonly HashSet<string> EmployerFields = new(StringComparer.Ordinal)
    {
        WerkgeverFields.Werkgeversnaam, WerkgeverFields.Straatnaam, WerkgeverFields.Huisnummer, WerkgeverFields.Huisnummer_toevoeging,
        WerkgeverFields.Postcode, WerkgeverFields.Woonplaats, WerkgeverFields.Land,
    };

    private static readonly HashSet<string> UnitFields = new(StringComparer.Ordinal)
    {
        OrganigramFields.Begindatum_organigram, OrganigramFields.Einddatum_organigram, OrganigramFields.Org_eenheid_omschrijving,
        OrganigramFields.Bovenliggende_org_eenheid,
    };

    /// <summary>Converts the employer mutations of <paramref name="batch"/>; the few employers are converted one by one into one part.</summary>
    public async Task ConvertAsync(ConversionBatch batch, IConversionSink into, CancellationToken cancellationToken)
    {
        if (batch.Werkgevers.Count + batch.Organigram.Count + batch.AccountsAutorisaties.Count + batch.StaffCountChanged.Count == 0)
        {
            return;
        }
        var result = new ConversionResult();
        Convert(batch, result, cancellationToken);
        await into.AddAsync(result, cancellationToken).ConfigureAwait(false);
    }

    private void Convert(ConversionBatch batch, ConversionResult into, CancellationToken cancellationToken)
    {
        if (!run.Context.Profile.Wants(SiviMessageTypes.WerkgeversGegevens))
        {
            SkipAll(batch, into, "the account does not receive WerkgeversGegevensBasisregistratie");
            return;
        }
        var plans = new Dictionary<string, EmployerPlan>(StringComparer.OrdinalIgnoreCase);
        PlanEmployers(batch.Werkgevers, plans, into);
        PlanUnits(batch.Organigram, plans, into);
        PlanManagers(batch.AccountsAutorisaties, plans, into);
        foreach (var code in batch.StaffCountChanged.Where(c => !plans.ContainsKey(c.Trim())))
        {
            Plan(plans, code.Trim(), AfasConnectorIds.Werkgevers, code.Trim());
        }
        foreach (var plan in plans.Values)
        {
            ConvertEmployer(plan, into, cancellationToken);
        }
    }

    private void PlanEmployers(List<SourceChange<WerkgeverRow>> changes, Dictionary<string, EmployerPlan> plans, ConversionResult into)
    {
        var context = run.Context;
        foreach (var change in changes)
        {
            var code = change.Row.Werkgeverscode.Trim();
            if (change.Kind == MutationKind.Gone)
            {
                into.Skipped.Add(new ConversionSkip(AfasConnectorIds.Werkgevers, change.Key.Value, "employer removed in AFAS; WerkgeversGegevensBasisregistratie has no deletion of an employer"));
                continue;
            }
            if (!change.Touches(EmployerFields))
            {
                into.Skipped.Add(new ConversionSkip(AfasConnectorIds.Werkgevers, change.Key.Value, "no field that WerkgeversGegevensBasisregistratie carries changed"));
                continue;
            }
            var plan = Plan(plans, code, AfasConnectorIds.Werkgevers, change.Key.Value);
            if (change.Kind != MutationKind.New)
            {
                continue;
            }
            foreach (var unit in context.Source.Units.Where(u => context.EmployerUnits.IsShared(u.Org_eenheid)
                || string.Equals(context.EmployerUnits.EmployerOf(u.Org_eenheid), code, StringComparison.OrdinalIgnoreCase)))
            {
                if (!EndedBeforeToday(unit))
                {
                    plan.Add(unit, context.Profile.VrwrkCd.Start);
                }
            }
        }
    }

    private void PlanUnits(List<SourceChange<OrganigramRow>> changes, Dictionary<string, EmployerPlan> plans, ConversionResult into)
    {
        var context = run.Context;
        var codes = context.Profile.VrwrkCd;
        foreach (var change in changes)
        {
            var unit = change.Row;
            if (change.Kind == MutationKind.New && EndedBeforeToday(unit))
            {
                into.Skipped.Add(new ConversionSkip(AfasConnectorIds.Organigram, change.Key.Value, "unit ended before it was ever sent"));
                continue;
            }
            if (!change.Touches(UnitFields))
            {
                into.Skipped.Add(new ConversionSkip(AfasConnectorIds.Organigram, change.Key.Value, "no field that OrgEenh carries changed"));
                continue;
            }
            var shared = context.EmployerUnits.IsShared(unit.Org_eenheid) || context.EmployerUnits.IsShared(unit.Bovenliggende_org_eenheid);
            if (!shared && (context.EmployerUnits.EmployerOf(unit.Org_eenheid) ?? context.EmployerUnits.EmployerOf(unit.Bovenliggende_org_eenheid)) is null)
            {
                run.Fail(into, AfasConnectorIds.Organigram, change.Key.Value, OrganigramFields.Org_eenheid,
                    "belongs to no known employer: no employee works under its top unit; set RootOrgUnit for the employer in the profile");
                continue;
            }
            var code = change.Kind switch
            {
                MutationKind.New => codes.Start,
                MutationKind.Gone => codes.Deletion,
                _ when change.ChangedFields.Contains(OrganigramFields.Einddatum_organigram) && unit.Einddatum_organigram is not null => codes.End,
                _ => codes.Change,
            };
            foreach (var employer in OwnersOf(shared ? null : context.EmployerUnits.EmployerOf(unit.Org_eenheid) ?? context.EmployerUnits.EmployerOf(unit.Bovenliggende_org_eenheid)))
            {
                Plan(plans, employer, AfasConnectorIds.Organigram, change.Key.Value).Add(unit, code);
            }
        }
    }

    /// <summary>The employers whose message carries a unit: its one employer, or every employer of the account for a shared unit (<paramref name="owner"/> null).</summary>
    private IEnumerable<string> OwnersOf(string? owner) => owner is not null
        ? [owner]
        : run.Context.Profile.Employers.Select(e => e.Werkgeverscode.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

    private void PlanManagers(List<SourceChange<AccountAutorisatieRow>> changes, Dictionary<string, EmployerPlan> plans, ConversionResult into)
    {
        var context = run.Context;
        foreach (var change in changes)
        {
            var unit = context.Source.Unit(change.Row.Org_eenheid);
            var employer = context.EmployerUnits.EmployerOf(change.Row.Org_eenheid);
            if (unit is null || (employer is null && !context.EmployerUnits.IsShared(unit.Org_eenheid)))
            {
                into.Skipped.Add(new ConversionSkip(AfasConnectorIds.AccountsAutorisaties, change.Key.Value, "the manager's unit is not a known unit of an employer"));
                continue;
            }
            foreach (var owner in OwnersOf(employer))
            {
                Plan(plans, owner, AfasConnectorIds.AccountsAutorisaties, change.Key.Value).Add(unit, context.Profile.VrwrkCd.Change);
            }
        }
    }

    private void ConvertEmployer(EmployerPlan plan, ConversionResult into, CancellationToken cancellationToken)
    {
        var status = EmployerStatus.Of(run.Context.Profile, plan.Werkgeverscode);
        if (status.Inactive)
        {
            into.Skipped.Add(new ConversionSkip(plan.Connector, plan.RecordKeys[0], $"employer {plan.Werkgeverscode} is not active for this account"));
            return;
        }
        try
        {
            var mapped = new WerkgeversGegevensMapper(run.Context, run.Header).Map(status.Require(WerkgeverFields.Werkgeverscode), plan.Units);
            run.Emit(into, mapped, plan.Connector, plan.RecordKeys, cancellationToken);
        }
        catch (MappingException e)
        {
            run.Fail(into, plan.Connector, plan.RecordKeys[0], e);
        }
    }

    private bool EndedBeforeToday(OrganigramRow unit) => unit.Einddatum_organigram is { } end && end < run.Context.Today;

    private EmployerPlan Plan(Dictionary<string, EmployerPlan> plans, string werkgeverscode, string connector, string recordKey)
    {
        if (!plans.TryGetValue(werkgeverscode, out var plan))
        {
            plans[werkgeverscode] = plan = new EmployerPlan(werkgeverscode, connector, run.Context.Profile.VrwrkCd.Change);
        }
        plan.RecordKeys.Add(recordKey);
        return plan;
    }

    private static void SkipAll(ConversionBatch batch, ConversionResult into, string reason)
    {
        if (batch.Werkgevers.Count > 0)
        {
            into.Skipped.Add(new ConversionSkip(AfasConnectorIds.Werkgevers, null, reason));
        }
        if (batch.Organigram.Count > 0)
        {
            into.Skipped.Add(new ConversionSkip(AfasConnectorIds.Organigram, null, reason));
        }
        if (batch.AccountsAutorisaties.Count > 0)
        {
            into.Skipped.Add(new ConversionSkip(AfasConnectorIds.AccountsAutorisaties, null, reason));
        }
    }

    /// <summary>What one employer's message will hold.</summary>
    private sealed class EmployerPlan(string werkgeverscode, string connector, string changeCode)
    {
        private readonly Dictionary<string, OrgUnitChange> _units = new(StringComparer.Ordinal);

        public string Werkgeverscode { get; } = werkgeverscode;

        public string Connector { get; } = connector;

        public List<string> RecordKeys { get; } = [];

        public IReadOnlyList<OrgUnitChange> Units => [.. _units.Values];

        /// <summary>Adds a unit; a start, end or deletion outranks a plain change of the same unit.</summary>
        public void Add(OrganigramRow unit, string vrwrkCd)
        {
            var code = unit.Org_eenheid.Trim();
            if (_units.TryGetValue(code, out var existing) && existing.VrwrkCd != vrwrkCd && vrwrkCd == changeCode)
            {
                return;
            }
            _units[code] = new OrgUnitChange(unit, vrwrkCd);
        }
    }
}
