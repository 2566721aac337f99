using Gateway.Core.Accounts;
using Gateway.Core.Persistence;
using Gateway.Core.Secrets;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Retourmeldingen;
using Gateway.Receiving.Tests.Support;
using Gateway.Transport.Hosted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Schemas.Definitions;

namespace Gateway.Receiving.Tests;

/// <summary>
/// Block and restart of a receiving account through account control, the way the CLI and the admin surface do it, over
/// a real sshd and both databases: files that arrive while the account is blocked are held; a restart either applies
/// them in arrival order at the next run, or discards them — each answered with a Retourmelding saying it was not
/// processed, kept with its content, and audited.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ReceivingRestartTests(PostgresServer postgres)
{
    public static TheoryData<string> Providers() => TestDatabases.Providers();

    [RequiresSshdTheory]
    [MemberData(nameof(Providers))]
    public async Task A_new_account_holds_its_files_until_restarted_and_then_applies_them_in_arrival_order(string provider)
    {
        using var sshd = SshdServer.Start();
        var options = ReceivingIntakeTests.ExternalSftpAccount(sshd);
        options.ProcessingBlocked = true;
        await using var setup = await Setup.CreateAsync(provider, postgres, options);
        await ReceivingIntakeTests.WriteAsync(sshd, "VZ_1.xml", "CASE-A", 1);
        await ReceivingIntakeTests.WriteAsync(sshd, "VZ_2.xml", "CASE-A", 2, "02");
        await ReceivingIntakeTests.WriteAsync(sshd, "VZ_3.xml", "CASE-A", 3, "03");

        var held = await setup.RunAsync(sshd);
        var before = await setup.Control.StatusAsync("acme", default);
        var count = await setup.Control.RestartAsync("acme", PendingChoice.Process, "fb", "overviews imported", default);
        var applied = await setup.RunAsync(sshd);

        Assert.All(held, o => Assert.Equal(ReceivedFileStatus.Held, o.Status));
        Assert.Equal((true, 3, AccountRole.Receiving), (before.Blocked, before.Held, before.Role));
        Assert.Equal(3, count);
        Assert.Equal(held.Select(o => o.FileId), applied.Select(o => o.FileId));
        Assert.All(applied, o => Assert.Equal(ReceivedFileStatus.Processed, o.Status));
        Assert.False((await setup.Control.StatusAsync("acme", default)).Blocked);
        await using var register = setup.Harness.Register.CreateContext();
        var absence = await register.AbsenceCases.SingleAsync();
        Assert.Equal((3, Register.AbsenceCaseStatus.Closed), (absence.LastSequence, absence.Status));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(sshd.LocalUploadDirectory, "retour"), "RM_*.xml").Length);
        Assert.Equal(["account.restart.process"], await setup.AuditActionsAsync());
    }

    [RequiresSshdTheory]
    [MemberData(nameof(Providers))]
    public async Task Discarded_files_are_answered_as_not_processed_kept_with_their_content_and_audited(string provider)
    {
        using var sshd = SshdServer.Start();
        await using var setup = await Setup.CreateAsync(provider, postgres, ReceivingIntakeTests.ExternalSftpAccount(sshd));
        await setup.Control.BlockAsync("acme", "fb", "partner sends a test batch", default);
        await ReceivingIntakeTests.WriteAsync(sshd, "VZ_1.xml", "CASE-B", 1);
        await ReceivingIntakeTests.WriteAsync(sshd, "VZ_2.xml", "CASE-C", 1);
        var held = await setup.RunAsync(sshd);

        var count = await setup.Control.RestartAsync("acme", PendingChoice.Discard, "fb", "test batch", default);
        var next = await setup.RunAsync(sshd);

        Assert.Equal(2, count);
        Assert.Empty(next);
        var answers = Directory.GetFiles(Path.Combine(sshd.LocalUploadDirectory, "retour"), "RM_*.xml").Select(File.ReadAllText).ToList();
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Contains("<SrtRetmldngCd>03</SrtRetmldngCd>", a, StringComparison.Ordinal));
        Assert.All(answers, a => Assert.Contains("bij het herstarten besloten de klaarstaande bestanden niet te verwerken", a, StringComparison.Ordinal));
        await using (var register = setup.Harness.Register.CreateContext())
        {
            var files = await register.Files.OrderBy(f => f.Id).ToListAsync();
            Assert.All(files, f => Assert.Equal(ReceivedFileStatus.Discarded, f.Status));
            Assert.All(files, f => Assert.NotNull(f.Content));
            Assert.False(await register.AbsenceCases.AnyAsync());
            Assert.False(await register.Berrefnrs.AnyAsync());
        }
        Assert.Equal(["account.block", "message.discard", "message.discard", "account.restart.discard"], await setup.AuditActionsAsync());

        // the sender may send again under the same Berrefnr: nothing of the discarded file is in the register
        var again = await setup.Harness.Processor.ProcessAsync(setup.Harness.Account, sshd.UploadDirectory + "/VZ_1.xml",
            new MemoryStream(await File.ReadAllBytesAsync(Path.Combine(setup.State, "sent", "VZ_1.xml"))), processingBlocked: false, default);
        Assert.Equal(ReceivedFileStatus.Processed, again.Status);
        Assert.Equal(held[0].Berrefnr, again.Berrefnr);
    }

    /// <summary>The harness's register and processor, the gateway database on the same connection, account control with the receiving role, an intake.</summary>
    private sealed class Setup : IAsyncDisposable
    {
        private Setup(ReceivingHarness harness, GatewayDatabase gateway, AccountControl control, ReceivingIntake intake, string state)
        {
            Harness = harness;
            Gateway = gateway;
            Control = control;
            Intake = intake;
            State = state;
        }

        public ReceivingHarness Harness { get; }

        public GatewayDatabase Gateway { get; }

        public AccountControl Control { get; }

        public ReceivingIntake Intake { get; }

        public string State { get; }

        public static async Task<Setup> CreateAsync(string provider, PostgresServer postgres, ReceivingAccountOptions options)
        {
            var harness = await ReceivingHarness.CreateAsync(provider, postgres, options);
            var gateway = new GatewayDatabase(harness.Register.Options);
            var role = new ReceivingAccountRole(ReceivingAccountCatalog.Of(harness.Account), harness.Register,
                new RetourmeldingBuilder(SiviDefinitions.Embedded, TimeProvider.System, new ReceivingOptions { OwnIdentification = "ARBODIENST-TEST" }),
                NullLogger<ReceivingAccountRole>.Instance);
            var state = Directory.CreateTempSubdirectory("gateway-restart-").FullName;
            return new Setup(harness, gateway, new AccountControl(gateway, TimeProvider.System, null, role),
                new ReceivingIntake(harness.Processor, gateway, state, NullLoggerFactory.Instance, TimeProvider.System), state);
        }

        /// <summary>One intake run; a copy of each file is kept under <c>sent/</c> first (the intake removes them at the partner).</summary>
        public async Task<IReadOnlyList<ReceivedFileOutcome>> RunAsync(SshdServer sshd)
        {
            Directory.CreateDirectory(Path.Combine(State, "sent"));
            foreach (var file in Directory.GetFiles(sshd.LocalUploadDirectory, "VZ*.xml"))
            {
                File.Copy(file, Path.Combine(State, "sent", Path.GetFileName(file)), overwrite: true);
            }
            var folders = new ReceivingFolders(new SecretProtector(new byte[32]), new HostedSftpOptions(), NullLoggerFactory.Instance);
            return await Intake.RunOnceAsync(Harness.Account, folders.Open(Harness.Account), default);
        }

        public async Task<List<string>> AuditActionsAsync()
        {
            await using var context = Gateway.CreateContext();
            return await context.AuditLog.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Harness.DisposeAsync();
            Directory.Delete(State, recursive: true);
        }
    }
}
