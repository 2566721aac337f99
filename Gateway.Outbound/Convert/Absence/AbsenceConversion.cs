using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Core.Uitval;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Parts;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Sequencing;
using Gateway.Outbound.Convert.Values;

namespace Gateway.Outbound.Convert.Absence;

/// <summary>
/// Verzuim mutations → Verzuimmeldingen, case by case (cases in parallel, a case's messages in order). Each message
/// gets the case's next VrzmgvlVnrMld only after it passed the validation gate, so an uitval leaves no gap; once a
/// message of a case falls out, the case's later messages in the run fall out too (the receiver's chain would break).
/// </summary>
public sealed class AbsenceConversion(ConversionRun run, ICaseSequenceStore sequences, int parallelism)
{
    private static readonly int MaxSequence = 999;

    public async Task ConvertAsync(IReadOnlyList<SourceChange<VerzuimRow>> changes, IConversionSink into, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }
        if (!run.Context.Profile.Wants(SiviMessageTypes.Verzuimmeldingen))
        {
            var skipped = new ConversionResult();
            skipped.Skipped.Add(new ConversionSkip(AfasConnectorIds.Verzuim, null, "the account does not receive Verzuimmeldingen"));
            await into.AddAsync(skipped, cancellationToken).ConfigureAwait(false);
            return;
        }
        var cases = changes
            .GroupBy(CaseIdOf, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Changes: (IReadOnlyList<SourceChange<VerzuimRow>>)[.. g]))
            .ToList();
        await OrderedWork.RunAsync(cases, parallelism, into, (item, result, token) => ConvertCaseAsync(item.Id, item.Changes, result, token),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One case; a fault (not a mapping error) makes the case uitval and leaves the other cases alone. Messages the case
    /// already produced stay: their sequence numbers are issued, and the chain at the receiver needs them.
    /// </summary>
    private async Task ConvertCaseAsync(string caseId, IReadOnlyList<SourceChange<VerzuimRow>> changes, ConversionResult into, CancellationToken cancellationToken)
    {
        try
        {
            await ConvertCaseCoreAsync(caseId, changes, into, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (ConversionRun.IsRecordFault(e))
        {
            run.FailUnexpected(into, AfasConnectorIds.Verzuim, changes[0].Key.Value, VerzuimFields.Guid_verzuimmelding, e);
        }
    }

    private async Task ConvertCaseCoreAsync(string caseId, IReadOnlyList<SourceChange<VerzuimRow>> changes, ConversionResult into, CancellationToken cancellationToken)
    {
        var context = run.Context;
        var current = context.Source.RowsOfCase(caseId);
        var firstKey = changes[0].Key.Value;
        var code = (current.Count > 0 ? current[0] : changes[0].Row).Werkgevercode;
        var status = EmployerStatus.Of(context.Profile, code);
        if (status.Inactive)
        {
            into.Skipped.Add(new ConversionSkip(AfasConnectorIds.Verzuim, firstKey, $"employer {code} is not active for this account"));
            return;
        }
        if (!AllRowsReadable(current, changes, into))
        {
            return;
        }
        var caseKey = CaseKeys.For(context.Profile.SequenceScope, caseId);
        var last = await sequences.LastAsync(caseKey, cancellationToken).ConfigureAwait(false);
        AbsencePlan plan;
        EmployerMapping employer;
        try
        {
            employer = status.Require(VerzuimFields.Werkgevercode);
            plan = AbsenceEventPlanner.Plan(current, changes, last > 0, context.Profile.IncludeCareAddress);
        }
        catch (MappingException e)
        {
            run.Fail(into, AfasConnectorIds.Verzuim, firstKey, e);
            return;
        }
        if (plan.SkipReason is { } reason)
        {
            into.Skipped.Add(new ConversionSkip(AfasConnectorIds.Verzuim, firstKey, reason));
            return;
        }
        var mapper = new VerzuimmeldingenMapper(context, run.Header);
        var blocked = false;
        foreach (var absenceEvent in plan.Events)
        {
            var recordKey = absenceEvent.Phase.Key.Value;
            var keys = absenceEvent.SourceKeys.Select(k => k.Value).ToList();
            if (blocked)
            {
                run.Fail(into, new ConversionFailure(run.Integration, AfasConnectorIds.Verzuim, recordKey, VerzuimFields.Guid_verzuimmelding,
                    $"{absenceEvent.Kind} not sent: an earlier message of this case fell out", UitvalStage.Transformation, []));
                continue;
            }
            blocked = !await EmitAsync(mapper, absenceEvent, employer, caseKey, last + 1, recordKey, keys, into, cancellationToken).ConfigureAwait(false);
            if (!blocked)
            {
                last = into.Messages[^1].Sequence ?? last + 1;
            }
        }
    }

    /// <summary>
    /// A problem in a field Verzuimmeldingen reads, in any row of the case, stops the case's messages in this run
    /// (uitval naming that row and field): planning compares and orders the rows, so one unreadable date could turn
    /// into a wrong message. Problems in other fields are notes on the messages that are sent.
    /// </summary>
    private bool AllRowsReadable(IReadOnlyList<VerzuimRow> current, IReadOnlyList<SourceChange<VerzuimRow>> changes, ConversionResult into)
    {
        var check = new RowProblemCheck(SiviMessageTypes.Verzuimmeldingen);
        var used = FieldsUsed.Verzuim(run.Context.Profile.IncludeCareAddress);
        foreach (var row in current.Concat(changes.Select(c => c.Row)))
        {
            try
            {
                check.Require(row, used);
            }
            catch (MappingException e)
            {
                run.Fail(into, AfasConnectorIds.Verzuim, row.Key.Value, e);
                return false;
            }
        }
        return true;
    }

    private async Task<bool> EmitAsync(VerzuimmeldingenMapper mapper, AbsenceEvent absenceEvent, EmployerMapping employer, string caseKey,
        int expected, string recordKey, List<string> keys, ConversionResult into, CancellationToken cancellationToken)
    {
        MappedMessage mapped;
        try
        {
            mapped = mapper.Map(absenceEvent, employer);
        }
        catch (MappingException e)
        {
            run.Fail(into, AfasConnectorIds.Verzuim, recordKey, e);
            return false;
        }
        if (expected > MaxSequence)
        {
            run.Fail(into, AfasConnectorIds.Verzuim, recordKey, VerzuimFields.Guid_verzuimmelding, "has used up VrzmgvlVnrMld (999 messages)");
            return false;
        }
        var absence = mapped.Absence!;
        var number = expected;
        byte[] content;
        while (true)
        {
            // the message passes the gate with its number before the number is issued: no number without a message
            absence.VrzmgvlVnrMld = Text(number);
            (var passed, var failure) = run.Gate.Pass(mapped, run.Context.Release, AfasConnectorIds.Verzuim, recordKey, cancellationToken);
            if (failure is not null)
            {
                run.Fail(into, failure);
                return false;
            }
            if (await sequences.TryIssueAsync(caseKey, number, cancellationToken).ConfigureAwait(false))
            {
                content = passed!;
                break;
            }
            // another issuer numbered this case meanwhile (another node): take the number after its last
            number = await sequences.LastAsync(caseKey, cancellationToken).ConfigureAwait(false) + 1;
            if (number > MaxSequence)
            {
                run.Fail(into, AfasConnectorIds.Verzuim, recordKey, VerzuimFields.Guid_verzuimmelding, "has used up VrzmgvlVnrMld (999 messages)");
                return false;
            }
        }
        into.Messages.Add(run.Accept(mapped, content, AfasConnectorIds.Verzuim, keys));
        foreach (var note in mapped.Notes)
        {
            run.Note(into, new ConversionNote(AfasConnectorIds.Verzuim, recordKey, note.Field, note.Reason));
        }
        return true;
    }

    /// <summary>The cases (VrzmgvlId) a batch's absence changes belong to, as the conversion groups them.</summary>
    public static IReadOnlySet<string> CaseIds(IEnumerable<SourceChange<VerzuimRow>> changes) =>
        changes.Select(CaseIdOf).ToHashSet(StringComparer.Ordinal);

    private static string CaseIdOf(SourceChange<VerzuimRow> change) => Identifiers.Guid(change.Row.Guid_verzuimmelding) ?? "";

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
