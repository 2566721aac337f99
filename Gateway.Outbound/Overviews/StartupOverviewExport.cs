using System.Globalization;
using Gateway.Core.Ledger;
using Gateway.Core.Overviews;
using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Sivi.Messages.Model;
using Sivi.Messages.Reading;

namespace Gateway.Outbound.Overviews;

/// <summary>
/// The two start-up overviews an HR integrator hands a new arbodienst (seed 003), from the gateway's own state: the
/// Verzuimmeldingen in the account's ledger made up to the end of <c>asOf</c>, replayed per absence case in the order
/// they were made (a case renamed with VrzmgvlIdOud continues under its new id). A case is open unless its last message
/// ends it (VrwrkCd 03 or EndVrzmJN J) or deletes it (VrwrkCd 05, left out). The cases overview holds the cases open on
/// <c>asOf</c> and those recovered within the 28 days before it; the employees overview the employees with an open
/// case, their IdWrknmr as ExternWerknemerID. Both in <see cref="StartupOverviewColumns"/>' layout, which the
/// receiving side's import reads.
/// </summary>
public sealed class StartupOverviewExport(GatewayDatabase database)
{
    private const string MessageType = "Verzuimmeldingen";
    private const string End = "03";
    private const string Deletion = "05";

    public async Task<StartupOverviews> ExportAsync(string account, DateOnly asOf, CancellationToken cancellationToken)
    {
        var until = asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        await using var context = database.CreateContext();
        var ids = await context.LedgerMessages.AsNoTracking().Where(m => m.Account == account && m.MessageType == MessageType && m.CreatedUtc < until)
            .OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var cases = new Dictionary<(string Employer, string Case), CaseState>();
        foreach (var id in ids)
        {
            // one body at a time: an account's ledger can be large
            var stored = await context.LedgerMessages.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Body, m.BodyLength })
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            using var body = new MemoryStream(BodyCompression.Decompress(stored.Body, stored.BodyLength));
            if (await SiviMessageReader.Default.ReadAsync(body, cancellationToken).ConfigureAwait(false) is Verzuimmeldingen message)
            {
                Apply(cases, message);
            }
        }
        var current = cases.Where(c => c.Value.Status == CaseStatus.Open
            || c.Value.Status == CaseStatus.Closed && c.Value.Recovered is { } recovered && recovered >= asOf.AddDays(-StartupOverviewColumns.ClosedCaseDays))
            .OrderBy(c => c.Key.Employer, StringComparer.Ordinal).ThenBy(c => c.Key.Case, StringComparer.Ordinal).ToList();
        var caseRows = current.Select(c => (IReadOnlyList<string?>)
            [c.Key.Employer, c.Value.Employee, c.Key.Case, Date(c.Value.FirstDay), Date(c.Value.Recovered), c.Value.Employment,
                c.Value.Sequence?.ToString(CultureInfo.InvariantCulture)]).ToList();
        var employeeRows = current.Where(c => c.Value.Status == CaseStatus.Open)
            .Select(c => (c.Key.Employer, c.Value.Employee, c.Value.Employment)).Distinct()
            .Select(e => (IReadOnlyList<string?>)[e.Employer, e.Employee, e.Employment]).ToList();
        return new StartupOverviews(employeeRows, caseRows);
    }

    private static void Apply(Dictionary<(string, string), CaseState> cases, Verzuimmeldingen message)
    {
        foreach (var employer in message.Wrkgvr)
        {
            foreach (var employee in employer.Wrknmr)
            {
                foreach (var employment in employee.Dnstvbnd)
                {
                    foreach (var absence in employment.Vrzm)
                    {
                        if (employer.IdWrkgvrArbdnst is not { } employerId || absence.VrzmgvlId is not { } caseId || employee.IdWrknmr is not { } employeeId)
                        {
                            continue;
                        }
                        var key = (employerId, caseId);
                        if (absence.VrzmgvlIdOud is { } old && cases.Remove((employerId, old), out var renamed))
                        {
                            cases[key] = renamed;
                        }
                        var state = cases.TryGetValue(key, out var known) ? known : cases[key] = new CaseState();
                        state.Employee = employeeId;
                        state.Employment = employment.IdDnstvbnd ?? state.Employment;
                        state.FirstDay = absence.DatEerstVrzmdg?.Date ?? state.FirstDay;
                        state.Recovered = absence.DatHrstld?.Date;
                        state.Sequence = int.TryParse(absence.VrzmgvlVnrMld, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : state.Sequence;
                        state.Status = absence.VrwrkCd == Deletion ? CaseStatus.Deleted
                            : absence.VrwrkCd == End || string.Equals(absence.EndVrzmJN?.Trim(), "J", StringComparison.Ordinal) ? CaseStatus.Closed
                            : CaseStatus.Open;
                    }
                }
            }
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private enum CaseStatus
    {
        Open,
        Closed,
        Deleted,
    }

    private sealed class CaseState
    {
        public string Employee { get; set; } = "";

        public string? Employment { get; set; }

        public DateOnly? FirstDay { get; set; }

        public DateOnly? Recovered { get; set; }

        public int? Sequence { get; set; }

        public CaseStatus Status { get; set; }
    }
}

/// <summary>The rows of the two start-up overviews, in <see cref="StartupOverviewColumns.Employees"/> and <see cref="StartupOverviewColumns.Cases"/> order.</summary>
public sealed record StartupOverviews(IReadOnlyList<IReadOnlyList<string?>> Employees, IReadOnlyList<IReadOnlyList<string?>> Cases);
