using System.Globalization;
using Gateway.Core.Audit;
using Gateway.Core.Overviews;
using Gateway.Core.Persistence;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using static Gateway.Core.Overviews.StartupOverviewColumns;

namespace Gateway.Receiving.Startup;

/// <summary>
/// Step 7 of seed 003's start-up procedure: reads the two overviews the sending partner prepares (CSV or Excel .xlsx,
/// columns <see cref="StartupOverviewColumns"/>) — employees currently absent (<c>IdWrkgvrArbdnst;ExternWerknemerID[;IdDnstvbnd]</c>,
/// ExternWerknemerID holding the IdWrknmr) and absence cases open or closed in the last 28 days
/// (<c>IdWrkgvrArbdnst;ExternWerknemerID;VrzmgvlId;DatEerstVrzmdg[;DatHrstld][;IdDnstvbnd][;LaatsteVolgnummer]</c>) — into
/// the register, so the held messages find their cases when processing restarts. All or nothing: a file with any bad
/// row imports nothing, and every bad row is named. Rows the register already knows are left alone, so an import can be
/// repeated. Audited (<c>account.overview.import</c>, or <c>account.overview.refused</c> with the number of bad rows) in
/// the gateway's audit log, in the import's transaction.
/// </summary>
public sealed class StartupOverviewImporter(ReceivingDatabase database, GatewayDatabase gateway, ReceivingAccountCatalog catalog, TimeProvider clock,
    ILogger<StartupOverviewImporter> logger) : IStartupOverviewImport
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    public async Task<OverviewImportResult?> ImportAsync(string account, OverviewFile? employees, OverviewFile? cases, string user, CancellationToken cancellationToken) =>
        catalog.TryGet(account, out var found) && found is not null
            ? await ImportAsync(found, employees, cases, user, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>Imports the overviews given (either may be null); <paramref name="user"/> is who, for the audit log.</summary>
    public async Task<OverviewImportResult> ImportAsync(ReceivingAccount account, OverviewFile? employees, OverviewFile? cases, string user,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var errors = new List<string>();
        var employeeRows = employees is null ? [] : await ReadEmployeesAsync(account, employees, errors, cancellationToken).ConfigureAwait(false);
        var caseRows = cases is null ? [] : await ReadCasesAsync(account, cases, errors, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var files = string.Join(", ", new[] { employees?.Name, cases?.Name }.OfType<string>().Select(Path.GetFileName));
        if (errors.Count > 0)
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                logger.LogWarning("Receiving {Account}: overview import refused, {ErrorCount} bad rows", account.Name, errors.Count);
            }
            await using var audit = gateway.CreateContext();
            audit.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = "account.overview.refused", Target = account.Name, Reason = $"{errors.Count} bad rows in {files}" });
            await audit.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new OverviewImportResult(0, 0, 0, 0, errors);
        }

        await using var gatewayContext = gateway.CreateContext();
        await using var transaction = await gatewayContext.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var context = database.CreateContext(gatewayContext.Database.GetDbConnection(), transaction.GetDbTransaction());
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
        gatewayContext.AuditLog.Add(new AuditEntry
        {
            AtUtc = now,
            User = user,
            Action = "account.overview.import",
            Target = account.Name,
            Reason = $"{employeesAdded} employees and {casesAdded} absence cases added, {employeesKnown + casesKnown} already known, from {files}",
        });
        await gatewayContext.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Receiving {Account}: overviews imported, {EmployeesAdded} employees and {CasesAdded} absence cases added, {CasesKnown} cases already known",
                account.Name, employeesAdded, casesAdded, casesKnown);
        }
        return new OverviewImportResult(employeesAdded, employeesKnown, casesAdded, casesKnown, []);
    }

    private static async Task<List<EmployeeRow>> ReadEmployeesAsync(ReceivingAccount account, OverviewFile file, List<string> errors, CancellationToken cancellationToken)
    {
        var table = await OverviewTable.ReadAsync(file.Content, OverviewTable.FormatOf(file.Name), cancellationToken).ConfigureAwait(false);
        var rows = new List<EmployeeRow>();
        if (!RequireColumns(table, "werknemeroverzicht", errors, Employer, Employee))
        {
            return rows;
        }
        foreach (var (line, fields) in table.Rows)
        {
            if (EmployeeOf(account, table, fields, "werknemeroverzicht", line, errors) is { } employee)
            {
                rows.Add(employee);
            }
        }
        return rows;
    }

    private static async Task<List<CaseRow>> ReadCasesAsync(ReceivingAccount account, OverviewFile file, List<string> errors, CancellationToken cancellationToken)
    {
        const string File = "verzuimoverzicht";
        var table = await OverviewTable.ReadAsync(file.Content, OverviewTable.FormatOf(file.Name), cancellationToken).ConfigureAwait(false);
        var rows = new List<CaseRow>();
        if (!RequireColumns(table, File, errors, Employer, Employee, Case, FirstDay))
        {
            return rows;
        }
        foreach (var (line, fields) in table.Rows)
        {
            var employee = EmployeeOf(account, table, fields, File, line, errors);
            var caseId = table.Get(fields, Case);
            if (caseId is null)
            {
                errors.Add($"{File} regel {line}: {Case} ontbreekt");
            }
            var firstDay = Date(table.Get(fields, FirstDay), File, line, FirstDay, errors, required: true);
            var recovered = Date(table.Get(fields, Recovered), File, line, Recovered, errors, required: false);
            int? sequence = null;
            if (table.Get(fields, Sequence) is { } text)
            {
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    sequence = parsed;
                }
                else
                {
                    errors.Add($"{File} regel {line}: {Sequence} is geen getal");
                }
            }
            if (employee is not null && caseId is not null && firstDay is not null)
            {
                rows.Add(new CaseRow(employee, caseId, firstDay, recovered, sequence));
            }
        }
        return rows;
    }

    private static EmployeeRow? EmployeeOf(ReceivingAccount account, OverviewTable table, string[] fields, string file, int line, List<string> errors)
    {
        var employer = table.Get(fields, Employer);
        var employee = table.Get(fields, Employee);
        if (employer is null || employee is null)
        {
            errors.Add($"{file} regel {line}: {(employer is null ? Employer : Employee)} ontbreekt");
            return null;
        }
        if (!account.Authorisation.Allows(new EmployerIdentity(employer, null, null)))
        {
            errors.Add($"{file} regel {line}: werkgever {employer} is niet geautoriseerd voor account {account.Name}");
            return null;
        }
        return new EmployeeRow(employer, employee, table.Get(fields, Employment));
    }

    private static bool RequireColumns(OverviewTable table, string file, List<string> errors, params string[] columns)
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
