using System.Globalization;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Receiving.Startup;

/// <summary>
/// Step 7 of seed 003's start-up procedure: reads the two overviews the sending partner prepares — employees currently
/// absent (<c>IdWrkgvrArbdnst;ExternWerknemerID[;IdDnstvbnd]</c>, ExternWerknemerID holding the IdWrknmr) and absence
/// cases open or closed in the last 28 days (<c>IdWrkgvrArbdnst;ExternWerknemerID;VrzmgvlId;DatEerstVrzmdg[;DatHrstld]
/// [;IdDnstvbnd][;LaatsteVolgnummer]</c>) — into the register, so the held messages find their cases when processing
/// restarts. All or nothing: a file with any bad row imports nothing. Rows the register already knows are left alone,
/// so an import can be repeated.
/// </summary>
public sealed class StartupOverviewImporter(ReceivingDatabase database, TimeProvider clock, ILogger<StartupOverviewImporter> logger)
{
    private const string EmployerColumn = "IdWrkgvrArbdnst";
    private const string EmployeeColumn = "ExternWerknemerID";
    private const string EmploymentColumn = "IdDnstvbnd";
    private const string CaseColumn = "VrzmgvlId";
    private const string FirstDayColumn = "DatEerstVrzmdg";
    private const string RecoveredColumn = "DatHrstld";
    private const string SequenceColumn = "LaatsteVolgnummer";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    public async Task<OverviewImportResult> ImportAsync(ReceivingAccount account, TextReader? employees, TextReader? cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var errors = new List<string>();
        var employeeRows = employees is null ? [] : await ReadEmployeesAsync(account, employees, errors, cancellationToken).ConfigureAwait(false);
        var caseRows = cases is null ? [] : await ReadCasesAsync(account, cases, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("Receiving {Account}: overview import refused, {ErrorCount} bad rows", account.Name, errors.Count);
            }
            return new OverviewImportResult(0, 0, 0, 0, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int employeesAdded = 0, employeesKnown = 0, casesAdded = 0, casesKnown = 0;
        var allEmployees = employeeRows.Select(r => (Row: r, Counted: true)).Concat(caseRows.Select(c => (Row: c.Employee, Counted: false)));
        foreach (var (row, counted) in allEmployees)
        {
            if (await context.Employees.FindAsync([account.Name, row.EmployerId, row.IdWrknmr], cancellationToken).ConfigureAwait(false) is null)
            {
                context.Employees.Add(new RegisteredEmployee
                {
                    Account = account.Name,
                    EmployerId = row.EmployerId,
                    IdWrknmr = row.IdWrknmr,
                    Source = RegisterSource.Overview,
                    FirstSeenUtc = now,
                    UpdatedUtc = now,
                });
                employeesAdded += counted ? 1 : 0;
            }
            else
            {
                employeesKnown += counted ? 1 : 0;
            }
            if (row.IdDnstvbnd is { } employment
                && await context.Employments.FindAsync([account.Name, row.EmployerId, employment], cancellationToken).ConfigureAwait(false) is null)
            {
                context.Employments.Add(new RegisteredEmployment
                {
                    Account = account.Name,
                    EmployerId = row.EmployerId,
                    IdDnstvbnd = employment,
                    IdWrknmr = row.IdWrknmr,
                    UpdatedUtc = now,
                });
            }
        }
        foreach (var row in caseRows)
        {
            var known = await context.AbsenceCases.AnyAsync(
                c => c.Account == account.Name && c.EmployerId == row.Employee.EmployerId && c.VrzmgvlId == row.CaseId, cancellationToken).ConfigureAwait(false);
            if (known || context.AbsenceCases.Local.Any(c => c.EmployerId == row.Employee.EmployerId && c.VrzmgvlId == row.CaseId))
            {
                casesKnown++;
                continue;
            }
            context.AbsenceCases.Add(new AbsenceCase
            {
                Account = account.Name,
                EmployerId = row.Employee.EmployerId,
                VrzmgvlId = row.CaseId,
                IdWrknmr = row.Employee.IdWrknmr,
                IdDnstvbnd = row.Employee.IdDnstvbnd,
                Status = row.RecoveredOn is null ? AbsenceCaseStatus.Open : AbsenceCaseStatus.Closed,
                LastSequence = row.LastSequence,
                FirstSickDay = row.FirstDay,
                RecoveredOn = row.RecoveredOn,
                Source = RegisterSource.Overview,
                CreatedUtc = now,
                UpdatedUtc = now,
            });
            casesAdded++;
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Receiving {Account}: overviews imported, {EmployeesAdded} employees and {CasesAdded} absence cases added, {CasesKnown} cases already known",
                account.Name, employeesAdded, casesAdded, casesKnown);
        }
        return new OverviewImportResult(employeesAdded, employeesKnown, casesAdded, casesKnown, []);
    }

    private static async Task<List<EmployeeRow>> ReadEmployeesAsync(ReceivingAccount account, TextReader reader, List<string> errors, CancellationToken cancellationToken)
    {
        var table = await CsvTable.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
        var rows = new List<EmployeeRow>();
        if (!RequireColumns(table, "werknemeroverzicht", errors, EmployerColumn, EmployeeColumn))
        {
            return rows;
        }
        foreach (var (line, fields) in table.Rows)
        {
            if (Employee(account, table, fields, "werknemeroverzicht", line, errors) is { } employee)
            {
                rows.Add(employee);
            }
        }
        return rows;
    }

    private static async Task<List<CaseRow>> ReadCasesAsync(ReceivingAccount account, TextReader reader, List<string> errors, CancellationToken cancellationToken)
    {
        const string File = "verzuimoverzicht";
        var table = await CsvTable.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
        var rows = new List<CaseRow>();
        if (!RequireColumns(table, File, errors, EmployerColumn, EmployeeColumn, CaseColumn, FirstDayColumn))
        {
            return rows;
        }
        foreach (var (line, fields) in table.Rows)
        {
            var employee = Employee(account, table, fields, File, line, errors);
            var caseId = table.Get(fields, CaseColumn);
            if (caseId is null)
            {
                errors.Add($"{File} regel {line}: {CaseColumn} ontbreekt");
            }
            var firstDay = Date(table.Get(fields, FirstDayColumn), File, line, FirstDayColumn, errors, required: true);
            var recovered = Date(table.Get(fields, RecoveredColumn), File, line, RecoveredColumn, errors, required: false);
            int? sequence = null;
            if (table.Get(fields, SequenceColumn) is { } text)
            {
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    sequence = parsed;
                }
                else
                {
                    errors.Add($"{File} regel {line}: {SequenceColumn} is geen getal");
                }
            }
            if (employee is not null && caseId is not null && firstDay is not null)
            {
                rows.Add(new CaseRow(employee, caseId, firstDay, recovered, sequence));
            }
        }
        return rows;
    }

    private static EmployeeRow? Employee(ReceivingAccount account, CsvTable table, string[] fields, string file, int line, List<string> errors)
    {
        var employer = table.Get(fields, EmployerColumn);
        var employee = table.Get(fields, EmployeeColumn);
        if (employer is null || employee is null)
        {
            errors.Add($"{file} regel {line}: {(employer is null ? EmployerColumn : EmployeeColumn)} ontbreekt");
            return null;
        }
        if (!account.Authorisation.Allows(new EmployerIdentity(employer, null, null)))
        {
            errors.Add($"{file} regel {line}: werkgever {employer} is niet geautoriseerd voor account {account.Name}");
            return null;
        }
        return new EmployeeRow(employer, employee, table.Get(fields, EmploymentColumn));
    }

    private static bool RequireColumns(CsvTable table, string file, List<string> errors, params string[] columns)
    {
        var missing = columns.Where(c => !table.Has(c)).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"{file}: kolom(men) {string.Join(", ", missing)} ontbreken in de kopregel");
        }
        return missing.Count == 0;
    }

    private static DateOnly? Date(string? text, string file, int line, string column, List<string> errors, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                errors.Add($"{file} regel {line}: {column} ontbreekt");
            }
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add($"{file} regel {line}: {column} is geen datum (jjjj-mm-dd of dd-mm-jjjj)");
        return null;
    }

    private sealed record EmployeeRow(string EmployerId, string IdWrknmr, string? IdDnstvbnd);

    private sealed record CaseRow(EmployeeRow Employee, string CaseId, DateOnly? FirstDay, DateOnly? RecoveredOn, int? LastSequence);
}
