using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Parts;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Values;

namespace Gateway.Outbound.Convert.Employees;

/// <summary>
/// Medewerker_Gegevens and Medewerker_IBAN mutations → one Dienstverbanden (default) or WerknemersGegevens message
/// per employee and employer, built from the employee's current rows. A bank account change only matters to
/// WerknemersGegevens in releases that carry BnkGiro; gone employees send nothing (SIVI has no deletion of an
/// employee; ended employments travel as Enddat).
/// </summary>
public sealed class EmployeeConversion(ConversionRun run, int parallelism)
{
    public async Task ConvertAsync(IReadOnlyList<SourceChange<MedewerkerGegevensRow>> employees, IReadOnlyList<SourceChange<MedewerkerIbanRow>> banks,
        IConversionSink into, CancellationToken cancellationToken)
    {
        if (employees.Count == 0 && banks.Count == 0)
        {
            return;
        }
        var profile = run.Context.Profile;
        var messageType = profile.EmployeeMessageType;
        var head = new ConversionResult();
        if (!profile.Wants(messageType))
        {
            Skip(head, employees.Count, banks.Count, $"the account does not receive {messageType}");
            await into.AddAsync(head, cancellationToken).ConfigureAwait(false);
            return;
        }
        var carriesBank = messageType == SiviMessageTypes.WerknemersGegevens && run.Context.Shape(messageType).Has("Wrkgvr/Wrknmr/BnkGiro");
        if (!carriesBank && banks.Count > 0)
        {
            head.Skipped.Add(new ConversionSkip(AfasConnectorIds.MedewerkerIban, null, $"{messageType} {run.Context.Release} carries no bank account"));
        }
        await into.AddAsync(head, cancellationToken).ConfigureAwait(false);
        var fields = EmployeeFields.For(messageType, profile.IncludeBsn);
        var work = new List<EmployeeWork>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var change in employees)
        {
            Collect(work, index, Identifiers.Guid(change.Row.GUID) ?? "", AfasConnectorIds.MedewerkerGegevens, change.Key.Value, change.Touches(fields));
        }
        if (carriesBank)
        {
            foreach (var change in banks)
            {
                Collect(work, index, Identifiers.Guid(change.Row.GUID) ?? "", AfasConnectorIds.MedewerkerIban, change.Key.Value, true);
            }
        }
        await OrderedWork.RunAsync(work, parallelism, into, (item, result, token) =>
        {
            ConvertEmployee(messageType, item, result, token);
            return Task.CompletedTask;
        },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds an employee once (in first-seen order), remembering whether any of his changes matters.</summary>
    private static void Collect(List<EmployeeWork> work, Dictionary<string, int> index, string guid, string connector, string key, bool relevant)
    {
        if (index.TryGetValue(guid, out var at))
        {
            work[at] = work[at] with { Relevant = work[at].Relevant || relevant };
            return;
        }
        index[guid] = work.Count;
        work.Add(new EmployeeWork(guid, connector, key, relevant));
    }

    private void ConvertEmployee(string messageType, EmployeeWork item, ConversionResult into, CancellationToken cancellationToken)
    {
        if (!item.Relevant)
        {
            into.Skipped.Add(new ConversionSkip(item.Connector, item.Key, $"no field that {messageType} carries changed"));
            return;
        }
        var employee = run.Context.Source.Employee(item.Guid);
        if (employee is null)
        {
            into.Skipped.Add(new ConversionSkip(item.Connector, item.Key, $"employee no longer in Medewerker_Gegevens; {messageType} has no deletion"));
            return;
        }
        var mapper = new EmployeeMessageMapper(run.Context, run.Header);
        foreach (var code in employee.Employments.Select(e => e.Werkgeverscode).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var status = EmployerStatus.Of(run.Context.Profile, code);
            if (status.Inactive)
            {
                into.Skipped.Add(new ConversionSkip(item.Connector, item.Key, $"employer {code} is not active for this account"));
                continue;
            }
            try
            {
                var mapped = mapper.Map(messageType, employee, status.Require(MedewerkerGegevensFields.Werkgeverscode));
                run.Emit(into, mapped, item.Connector, [item.Key], cancellationToken);
            }
            catch (MappingException e)
            {
                run.Fail(into, item.Connector, item.Key, e);
            }
            catch (Exception e) when (ConversionRun.IsRecordFault(e))
            {
                run.FailUnexpected(into, item.Connector, item.Key, MedewerkerGegevensFields.GUID, e);
            }
        }
    }

    private static void Skip(ConversionResult into, int employees, int banks, string reason)
    {
        if (employees > 0)
        {
            into.Skipped.Add(new ConversionSkip(AfasConnectorIds.MedewerkerGegevens, null, reason));
        }
        if (banks > 0)
        {
            into.Skipped.Add(new ConversionSkip(AfasConnectorIds.MedewerkerIban, null, reason));
        }
    }

    /// <summary>One employee to convert: his GUID, the first record that changed (named in uitval) and whether a sent field changed.</summary>
    private sealed record EmployeeWork(string Guid, string Connector, string Key, bool Relevant);
}
