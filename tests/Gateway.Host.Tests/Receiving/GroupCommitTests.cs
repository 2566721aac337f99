using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Tests.Support;
using Gateway.Transport.Hosted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

using static Gateway.Receiving.Tests.Support.ReceivingMessages;

namespace Gateway.Receiving.Tests;

/// <summary>
/// Files registered in groups (one transaction per group) keep every file's own outcome: a file the chain rules refuse
/// is refused and answered while the others apply, later files of a case see the earlier ones, and a group whose
/// transaction fails applies nothing and is registered again file by file — so one file that cannot be registered
/// fails alone, and nothing is lost or applied twice.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class GroupCommitTests(PostgresServer postgres)
{
    private const string BoomFile = "VZ_0120.xml"; // the 121st file: in the middle of the second group over SFTP

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_refused_file_in_the_middle_of_a_group_is_refused_and_answered_alone_with_the_same_outcomes_as_one_by_one(string provider)
    {
        var files = new (string Name, byte[] Bytes)[]
        {
            ("VZ_1.xml", Bytes(Absence("CASE-1", 1))),
            ("VZ_2.xml", Bytes(Absence("CASE-1", 2, "02"))),
            ("VZ_3.xml", Bytes(Absence("CASE-9", 1, "02"))), // a change of a case nobody started: refused
            ("VZ_4.xml", Bytes(Absence("CASE-1", 4, "02"))), // a gap: waits for 3
            ("VZ_5.xml", Bytes(Absence("CASE-1", 3, "02"))), // fills the gap: applies and releases 4
        };
        await using var grouped = await ReceivingHarness.CreateAsync(provider, postgres);
        await using var single = await ReceivingHarness.CreateAsync(provider, postgres);

        var results = await grouped.Processor.ProcessGroupAsync(grouped.Account, [.. files.Select(f => new ReceivedGroupFile("/inbox/" + f.Name, f.Bytes))], false, default);
        var oneByOne = new List<ReceivedFileOutcome>();
        foreach (var (name, bytes) in files)
        {
            oneByOne.Add(await single.SendAsync(bytes, "/inbox/" + name));
        }

        Assert.All(results, r => Assert.Null(r.Failure));
        var outcomes = results.Select(r => r.Outcome!).ToList();
        Assert.Equal([ReceivedFileStatus.Processed, ReceivedFileStatus.Processed, ReceivedFileStatus.Refused, ReceivedFileStatus.Waiting, ReceivedFileStatus.Processed],
            outcomes.Select(o => o.Status));
        Assert.Equal(ReceivingErrorKind.UnknownCase, Assert.Single(outcomes[2].Errors).Kind);
        Assert.Equal("03", outcomes[2].Retourmelding!.BrAlg!.SrtRetmldngCd);
        Assert.Equal((ReceivedFileStatus.Processed, "VZ_4.xml"), (Assert.Single(outcomes[4].Released).Status, outcomes[4].Released[0].FileName));
        Assert.Equal(Describe(oneByOne), Describe(outcomes));

        foreach (var harness in new[] { grouped, single })
        {
            await using var context = harness.Register.CreateContext();
            var absenceCase = await context.AbsenceCases.SingleAsync();
            Assert.Equal(("CASE-1", 4), (absenceCase.VrzmgvlId, absenceCase.LastSequence));
            Assert.Equal([1, 2, 3, 4], (await context.AbsenceMessages.OrderBy(m => m.Sequence).ToListAsync()).Select(m => m.Sequence));
            var pending = await context.PendingRetourmeldingen.ToListAsync();
            Assert.Equal(5, pending.Count); // four 02s and the refusal's 03
            Assert.Equal(4, await context.OutboxEvents.CountAsync());
            Assert.Equal(4, await context.Berrefnrs.CountAsync()); // the refused file does not take its Berrefnr
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task What_a_group_knows_at_its_start_follows_its_own_files_duplicates_copies_waits_and_renames_as_one_by_one(string provider)
    {
        var started = Absence("CASE-A", 1);
        var duplicate = Absence("CASE-X", 1);
        duplicate.BrAlg!.Berrefnr = started.BrAlg!.Berrefnr; // another message under a Berrefnr this group already took
        var renamed = Absence("CASE-B", 4, "02");
        AbsenceOf(renamed).VrzmgvlIdOud = "CASE-A";
        var movedEmployee = Absence("CASE-C", 1);
        movedEmployee.Wrkgvr[0].Wrknmr[0].IdWrknmrOud = Employee;
        movedEmployee.Wrkgvr[0].Wrknmr[0].IdWrknmr = "EMP-2";
        var files = new (string Name, byte[] Bytes)[]
        {
            ("VZ_01.xml", Bytes(Absence("CASE-OLD", 2, "02"))), // continues a case of an earlier group
            ("VZ_02.xml", Bytes(started)),
            ("VZ_02.xml", Bytes(started)), // the same file again: answered as the first, nothing done again
            ("VZ_03.xml", Bytes(duplicate)), // refused: Berrefnr taken
            ("VZ_04.xml", Bytes(Absence("CASE-A", 3, "02"))), // a gap: waits for 2
            ("VZ_05.xml", Bytes(Absence("CASE-A", 3, "02"))), // 3 again while 3 waits: refused as a repeat
            ("VZ_06.xml", Bytes(Absence("CASE-A", 2, "02"))), // fills the gap: applies and releases VZ_04
            ("VZ_07.xml", Bytes(renamed)), // CASE-A continues as CASE-B
            ("VZ_08.xml", Bytes(Absence("CASE-B", 5, "02"))),
            ("VZ_09.xml", Bytes(Absence("CASE-A", 1))), // CASE-A is free again: a new case
            ("VZ_10.xml", Bytes(movedEmployee)), // the employee the earlier files used gets a new key
            ("VZ_11.xml", Bytes(Absence("CASE-D", 1))), // under the old key again: a new employee
        };
        var earlier = Bytes(Absence("CASE-OLD", 1));
        await using var grouped = await ReceivingHarness.CreateAsync(provider, postgres);
        await using var single = await ReceivingHarness.CreateAsync(provider, postgres);
        Assert.Null(Assert.Single(await grouped.Processor.ProcessGroupAsync(grouped.Account, [new("/inbox/VZ_00.xml", earlier)], false, default)).Failure);
        await single.SendAsync(earlier, "/inbox/VZ_00.xml");

        var results = await grouped.Processor.ProcessGroupAsync(grouped.Account, [.. files.Select(f => new ReceivedGroupFile("/inbox/" + f.Name, f.Bytes))], false, default);
        var oneByOne = new List<ReceivedFileOutcome>();
        foreach (var (name, bytes) in files)
        {
            oneByOne.Add(await single.SendAsync(bytes, "/inbox/" + name));
        }

        Assert.All(results, r => Assert.Null(r.Failure));
        var outcomes = results.Select(r => r.Outcome!).ToList();
        Assert.Equal(Describe(oneByOne), Describe(outcomes));
        Assert.Equal(
            [ReceivedFileStatus.Processed, ReceivedFileStatus.Processed, ReceivedFileStatus.Processed, ReceivedFileStatus.Refused, ReceivedFileStatus.Waiting,
                ReceivedFileStatus.Refused, ReceivedFileStatus.Processed, ReceivedFileStatus.Processed, ReceivedFileStatus.Processed, ReceivedFileStatus.Processed,
                ReceivedFileStatus.Processed, ReceivedFileStatus.Processed],
            outcomes.Select(o => o.Status));
        Assert.True(outcomes[2].Replay);
        Assert.Equal(ReceivingErrorKind.DuplicateBerrefnr, Assert.Single(outcomes[3].Errors).Kind);
        Assert.Equal(ReceivingErrorKind.SequenceRepeated, Assert.Single(outcomes[5].Errors).Kind);
        Assert.Equal("VZ_04.xml", Assert.Single(outcomes[6].Released).FileName);
        Assert.Equal(await RegisterOf(single), await RegisterOf(grouped));
        Assert.Equal("CASE-A 1; CASE-B 5; CASE-C 1; CASE-D 1; CASE-OLD 2", (await RegisterOf(grouped)).Cases);
    }

    /// <summary>The register's content that does not depend on ids or times.</summary>
    private static async Task<RegisterContent> RegisterOf(ReceivingHarness harness)
    {
        await using var context = harness.Register.CreateContext();
        var files = await context.Files.OrderBy(f => f.Id).Select(f => f.FileName + " " + f.Status + " " + (f.Content == null ? "-" : "kept")).ToListAsync();
        var cases = await context.AbsenceCases.Select(c => c.VrzmgvlId + " " + c.LastSequence).ToListAsync();
        var employees = await context.Employees.Select(e => e.IdWrknmr).ToListAsync();
        var employments = await context.Employments.Select(e => e.IdDnstvbnd + " " + e.IdWrknmr).ToListAsync();
        var messages = await context.AbsenceMessages.Join(context.AbsenceCases, m => m.CaseId, c => c.Id, (m, c) => c.VrzmgvlId + " " + m.Sequence + " " + m.VrwrkCd)
            .ToListAsync();
        var claims = await context.Berrefnrs.Join(context.Files, b => b.FileId, f => f.Id, (b, f) => f.FileName).ToListAsync();
        return new RegisterContent(string.Join("; ", files), string.Join("; ", cases.Order(StringComparer.Ordinal)), string.Join("; ", employees.Order(StringComparer.Ordinal)),
            string.Join("; ", employments.Order(StringComparer.Ordinal)), string.Join("; ", messages.Order(StringComparer.Ordinal)),
            string.Join("; ", claims.Order(StringComparer.Ordinal)), await context.PendingRetourmeldingen.CountAsync(), await context.OutboxEvents.CountAsync());
    }

    private sealed record RegisterContent(string Files, string Cases, string Employees, string Employments, string Messages, string Claims, int Retourmeldingen,
        int Events);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_group_whose_transaction_fails_applies_nothing_of_it_and_registers_each_file_on_its_own(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        await BreakInsertsAsync(harness);
        var boom = Bytes(Absence("CASE-2", 1));
        ReceivedGroupFile[] group =
        [
            new("/inbox/VZ_1.xml", Bytes(Absence("CASE-1", 1))),
            new("/inbox/" + BoomFile, boom),
            new("/inbox/VZ_3.xml", Bytes(Absence("CASE-1", 2, "02"))),
        ];

        var results = await harness.Processor.ProcessGroupAsync(harness.Account, group, false, default);

        Assert.Equal(ReceivedFileStatus.Processed, results[0].Outcome!.Status);
        Assert.NotNull(results[1].Failure);
        Assert.Null(results[1].Outcome);
        Assert.Equal(ReceivedFileStatus.Processed, results[2].Outcome!.Status);
        Assert.Equal(1, harness.Processor.Profile.Fallbacks);
        await using (var context = harness.Register.CreateContext())
        {
            Assert.Equal(["VZ_1.xml", "VZ_3.xml"], (await context.Files.OrderBy(f => f.Id).ToListAsync()).Select(f => f.FileName));
            Assert.Equal("CASE-1", (await context.AbsenceCases.SingleAsync()).VrzmgvlId);
            Assert.Equal(2, await context.PendingRetourmeldingen.CountAsync());
            Assert.Equal(2, await context.OutboxEvents.CountAsync());
        }

        // the failed file stayed at the partner; once the database takes it, it is applied once
        await RepairAsync(harness);
        var again = Assert.Single(await harness.Processor.ProcessGroupAsync(harness.Account, [new("/inbox/" + BoomFile, boom)], false, default));
        Assert.Equal(ReceivedFileStatus.Processed, again.Outcome!.Status);
        await using var after = harness.Register.CreateContext();
        Assert.Equal(3, await after.Files.CountAsync(f => f.Status == ReceivedFileStatus.Processed));
        Assert.Equal(["CASE-1", "CASE-2"], (await after.AbsenceCases.OrderBy(c => c.VrzmgvlId).ToListAsync()).Select(c => c.VrzmgvlId));
        Assert.Equal(3, await after.AbsenceMessages.CountAsync());
    }

    [RequiresSshdFact]
    public async Task Over_SFTP_a_file_the_database_refuses_mid_group_stays_at_the_partner_and_the_others_are_applied_answered_and_removed()
    {
        using var sshd = SshdServer.Start();
        await using var harness = await ReceivingHarness.CreateAsync("sqlite", postgres, ReceivingIntakeTests.ExternalSftpAccount(sshd));
        var (intake, folders, state) = Intake(harness);
        try
        {
            const int count = 150; // two groups
            for (var i = 0; i < count; i++)
            {
                await ReceivingIntakeTests.WriteAsync(sshd, $"VZ_{i:D4}.xml", $"CASE-{i}", 1);
            }
            await BreakInsertsAsync(harness);

            var first = await intake.RunAsync(harness.Account, folders.Open(harness.Account), default);

            Assert.Equal(count - 1, first.Outcomes.Count(o => o.Status == ReceivedFileStatus.Processed));
            Assert.Contains(first.Problems, p => p.ToString().Contains("could not be processed", StringComparison.Ordinal));
            Assert.Equal([BoomFile], Directory.GetFiles(sshd.LocalUploadDirectory, "VZ*.xml").Select(Path.GetFileName));
            Assert.Equal(count - 1, Directory.GetFiles(Path.Combine(sshd.LocalUploadDirectory, "retour"), "RM_*.xml").Length);

            await RepairAsync(harness);
            var second = await intake.RunAsync(harness.Account, folders.Open(harness.Account), default);

            Assert.Equal(BoomFile, Assert.Single(second.Outcomes).FileName);
            Assert.Empty(Directory.GetFiles(sshd.LocalUploadDirectory, "VZ*.xml"));
            Assert.Equal(count, Directory.GetFiles(Path.Combine(sshd.LocalUploadDirectory, "retour"), "RM_*.xml").Length);
            await using var context = harness.Register.CreateContext();
            Assert.Equal(count, await context.Files.CountAsync(f => f.Status == ReceivedFileStatus.Processed));
            Assert.Equal(count, await context.AbsenceMessages.CountAsync());
            Assert.Equal(count, await context.PendingRetourmeldingen.CountAsync(r => r.DeliveredUtc != null));
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    [RequiresSshdFact]
    public async Task Over_SFTP_a_run_stopped_mid_group_loses_nothing_and_applies_nothing_twice()
    {
        using var sshd = SshdServer.Start();
        await using var harness = await ReceivingHarness.CreateAsync("sqlite", postgres, ReceivingIntakeTests.ExternalSftpAccount(sshd));
        var (intake, folders, state) = Intake(harness);
        try
        {
            const int count = 300;
            for (var i = 0; i < count; i++)
            {
                await ReceivingIntakeTests.WriteAsync(sshd, $"VZ_{i:D4}.xml", $"CASE-{i}", 1);
            }

            // stop the run as soon as its first group is committed: the next group is downloading or being registered
            using var stop = new CancellationTokenSource();
            var watcher = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    await using var context = harness.Register.CreateContext();
                    if (await context.Files.AnyAsync())
                    {
                        await stop.CancelAsync();
                        return;
                    }
                    await Task.Delay(5);
                }
            });
            try
            {
                await intake.RunAsync(harness.Account, folders.Open(harness.Account), stop.Token);
            }
            catch (OperationCanceledException)
            {
                // the stop this test is about
            }
            await watcher;
            await intake.RunAsync(harness.Account, folders.Open(harness.Account), default);

            Assert.Empty(Directory.GetFiles(sshd.LocalUploadDirectory, "VZ*.xml"));
            await using var register = harness.Register.CreateContext();
            var processed = await register.Files.Where(f => f.Status == ReceivedFileStatus.Processed).Select(f => f.Berrefnr).ToListAsync();
            Assert.Equal(count, processed.Count);
            Assert.Equal(count, processed.Distinct().Count());
            Assert.Equal(count, await register.AbsenceMessages.CountAsync());
            Assert.Equal(count, await register.AbsenceCases.CountAsync());
            var answered = Directory.GetFiles(Path.Combine(sshd.LocalUploadDirectory, "retour"), "RM_*.xml")
                .Select(File.ReadAllText).Where(x => x.Contains("<SrtRetmldngCd>02</SrtRetmldngCd>", StringComparison.Ordinal)).Count();
            Assert.Equal(count, answered);
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private static (ReceivingIntake Intake, ReceivingFolders Folders, string State) Intake(ReceivingHarness harness)
    {
        var state = Path.Combine(Path.GetTempPath(), "gateway-receiving-" + Guid.NewGuid().ToString("N"));
        var intake = new ReceivingIntake(harness.Processor, new GatewayDatabase(harness.Register.Options), state, NullLoggerFactory.Instance, TimeProvider.System);
        return (intake, new ReceivingFolders(new SecretProtector(new byte[32]), new HostedSftpOptions(), NullLoggerFactory.Instance), state);
    }

    private static List<string> Describe(IEnumerable<ReceivedFileOutcome> outcomes) =>
        [.. outcomes.SelectMany(o => o.Flatten()).Select(o => $"{o.FileName} {o.Status} [{string.Join(",", o.Errors.Select(e => e.Kind))}] {o.Retourmelding?.BrAlg?.SrtRetmldngCd}")];

    /// <summary>A real database failure for one file: a trigger refuses to insert its record.</summary>
    private static async Task BreakInsertsAsync(ReceivingHarness harness)
    {
        const string sqlite = "CREATE TRIGGER boom BEFORE INSERT ON \"ReceivingFiles\" WHEN NEW.\"FileName\" = '" + BoomFile + "' BEGIN SELECT RAISE(ABORT, 'boom'); END;";
        const string postgres = "CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.\"FileName\" = '" + BoomFile
            + "' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql; "
            + "CREATE TRIGGER boom BEFORE INSERT ON \"ReceivingFiles\" FOR EACH ROW EXECUTE FUNCTION boom();";
        await using var context = harness.Register.CreateContext();
        await context.Database.ExecuteSqlRawAsync(harness.Register.Options.Provider == DatabaseProvider.Sqlite ? sqlite : postgres);
    }

    private static async Task RepairAsync(ReceivingHarness harness)
    {
        await using var context = harness.Register.CreateContext();
        await context.Database.ExecuteSqlRawAsync(harness.Register.Options.Provider == DatabaseProvider.Sqlite
            ? "DROP TRIGGER boom;"
            : "DROP TRIGGER boom ON \"ReceivingFiles\";");
    }
}
