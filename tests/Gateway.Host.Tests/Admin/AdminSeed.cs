using System.Text;
using Gateway.Core.Employers;
using Gateway.Core.Ledger;
using Gateway.Core.Persistence;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Tests;

/// <summary>Puts realistic rows into the gateway database through the gateway's own writers.</summary>
internal sealed class AdminSeed(GatewayDatabase database)
{
    /// <summary>Valid BSNs (elfproef) and a valid IBAN; fictitious.</summary>
    public const string Bsn = "123456782";

    public const string OtherBsn = "111222333";

    public const string Iban = "NL91ABNA0417164300";

    /// <summary>A Berrefnr with nine digits that pass the elfproef: it must stay readable for auditors.</summary>
    public const string BerrefnrWithDigits = "c100000009deadbeefcafebabefacade";

    public static string PersonXml(string berrefnr) => $"""
        <?xml version="1.0" encoding="UTF-8"?><WerknemerGegevens xmlns="http://www.sivi.org/berichtschema"><BrAlg><Berrefnr>{berrefnr}</Berrefnr></BrAlg><Wrkgvr><Wrknmr><SofiNr>{Bsn}</SofiNr><IdWrknmr>EMP-1</IdWrknmr><Achternaam>Verbeek</Achternaam><Gebdat>1971-03-09</Gebdat><Iban>{Iban}</Iban><Opmerking>BSN {OtherBsn} en rekening NL91 ABNA 0417 1643 00</Opmerking></Wrknmr></Wrkgvr></WerknemerGegevens>
        """;

    public async Task<long> MessageAsync(string account, string berrefnr, string caseKey = "CASE-1", string type = "Verzuimmeldingen",
        string? body = null, long? sourceMutationId = null, LedgerState? state = null, DateTime? createdUtc = null,
        DateTime? acknowledgedUtc = null, string? lastError = null)
    {
        await using var context = database.CreateContext();
        var created = createdUtc ?? DateTime.UtcNow;
        var message = await LedgerWriter.AddAsync(context, new NewLedgerMessage(account, type, "2025", caseKey, berrefnr, $"VZ_{berrefnr}.xml",
            Encoding.UTF8.GetBytes(body ?? $"<Verzuimmeldingen><Berrefnr>{berrefnr}</Berrefnr></Verzuimmeldingen>"), sourceMutationId), created, default);
        if (state is { } s)
        {
            message.State = s;
        }
        message.AcknowledgedUtc = acknowledgedUtc;
        message.LastError = lastError;
        await context.SaveChangesAsync();
        return message.Id;
    }

    public async Task<long> MutationAsync(string subjectKey)
    {
        await using var context = database.CreateContext();
        var mutation = new SourceMutation
        {
            PullRunId = 1,
            Integration = "demo",
            Connector = "Newdays_Connect_Verzuim_v1",
            RecordKey = "R-" + subjectKey,
            SubjectKey = subjectKey,
            Kind = MutationKind.New,
            Fields = "{}",
            CreatedUtc = DateTime.UtcNow,
            ProcessedUtc = DateTime.UtcNow,
        };
        context.SourceMutations.Add(mutation);
        await context.SaveChangesAsync();
        return mutation.Id;
    }

    public async Task<long> UitvalAsync(UitvalStage stage, string integration, string connector, string? recordKey, string reason)
    {
        await using var context = database.CreateContext();
        var entry = new UitvalEntry
        {
            Integration = integration,
            Stage = stage,
            Connector = connector,
            RecordKey = recordKey,
            Field = "Field",
            Reason = reason,
            Status = UitvalStatus.Open,
            CreatedUtc = DateTime.UtcNow,
        };
        context.Uitval.Add(entry);
        await context.SaveChangesAsync();
        return entry.Id;
    }

    public async Task<long> PullAsync(string connector, PullStatus status, DateTime startedUtc, int rows)
    {
        await using var context = database.CreateContext();
        var run = new PullRun
        {
            Integration = "demo",
            Connector = connector,
            StartedUtc = startedUtc,
            FinishedUtc = status == PullStatus.Running ? null : startedUtc.AddSeconds(20),
            Status = status,
            Rows = rows,
            New = rows,
            Error = status == PullStatus.Failed ? "AFAS answered 500" : null,
        };
        context.PullRuns.Add(run);
        await context.SaveChangesAsync();
        return run.Id;
    }

    public Task EmployerAsync(string code, string name) =>
        new EmployerStore(database, TimeProvider.System).RecordSeenAsync("demo", new Dictionary<string, string?> { [code] = name }, default);

    public async Task<LedgerMessage> LedgerAsync(long id)
    {
        await using var context = database.CreateContext();
        return await context.LedgerMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async Task<UitvalEntry> UitvalEntryAsync(long id)
    {
        await using var context = database.CreateContext();
        return await context.Uitval.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    public async Task<List<Core.Audit.AuditEntry>> AuditAsync()
    {
        await using var context = database.CreateContext();
        return await context.AuditLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }
}
