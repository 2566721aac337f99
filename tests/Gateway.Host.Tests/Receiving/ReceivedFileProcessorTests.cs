using System.Text;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Classifications;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Register;
using Gateway.Receiving.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Sivi.Messages.Model;

using static Gateway.Receiving.Tests.Support.ReceivingMessages;

namespace Gateway.Receiving.Tests;

/// <summary>Every outcome path of a received file, on SQLite and on a real PostgreSQL.</summary>
[Collection(PostgresGroup.Name)]
public class ReceivedFileProcessorTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_valid_start_is_processed_registered_published_and_acknowledged(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var message = Absence("CASE-1", 1);
        AbsenceOf(message).OorzkVrzmCd = "10";

        var outcome = await harness.SendAsync(message);

        Assert.Equal(ReceivedFileStatus.Processed, outcome.Status);
        Assert.Empty(outcome.Errors);
        Assert.Equal(("Verzuimmeldingen", "2024", message.BrAlg!.Berrefnr), (outcome.MessageType, outcome.Release, outcome.Berrefnr));
        var received = Assert.IsType<Gateway.Receiving.Events.MessageApplied>(outcome.Event);
        Assert.Equal(("acme", "Verzuimmeldingen", "2024", message.BrAlg.Berrefnr), (received.Account, received.MessageType, received.Release, received.Berrefnr));
        Assert.IsType<Verzuimmeldingen>(received.Message);
        var absence = Assert.Single(received.Absences);
        Assert.Equal((Employer, Employee, "CASE-1", 1, "01"), (absence.EmployerId, absence.IdWrknmr, absence.VrzmgvlId, absence.Sequence, absence.VrwrkCd));
        Assert.Equal(new AbsenceClassification(SiviAbsenceClassification.ArbeidsOngeval, "ZIEK-AO", ClassificationSource.Environment), absence.Classification);

        var retour = Assert.IsType<Retourmelding1>(outcome.Retourmelding);
        Assert.Equal((message.BrAlg.Berrefnr, "02", "2024"), (retour.BrAlg!.BerrefnrIngzndnBer, retour.BrAlg.SrtRetmldngCd, retour.Release));
        Assert.Equal(("ARBODIENST-DEMO", "GATEWAY-DEMO", "J", "N"), (retour.BrAlg.IdInzndr, retour.BrAlg.IdOntvngr, retour.BrAlg.TestJN, retour.BrAlg.OntvngstbevJN));
        Assert.Empty(retour.Foutmldng);

        await using var context = harness.Register.CreateContext();
        var stored = await context.AbsenceCases.SingleAsync();
        Assert.Equal((AbsenceCaseStatus.Open, 1, Employee, "1001-4", (int)SiviAbsenceClassification.ArbeidsOngeval, "ZIEK-AO"),
            (stored.Status, stored.LastSequence, stored.IdWrknmr, stored.IdDnstvbnd, stored.SiviClassification, stored.ReceiverClassification));
        Assert.Equal(Employer, (await context.Employers.SingleAsync()).EmployerId);
        Assert.Equal(Employee, (await context.Employees.SingleAsync()).IdWrknmr);
        Assert.Equal("1001-4", (await context.Employments.SingleAsync()).IdDnstvbnd);
        Assert.Equal(1, (await context.AbsenceMessages.SingleAsync()).Sequence);
        var file = await context.Files.SingleAsync();
        Assert.Equal((ReceivedFileStatus.Processed, "VZ0001.xml", null), (file.Status, file.FileName, file.Content));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_chain_start_change_end_is_applied_in_order_and_closes_the_case(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        Assert.Equal(ReceivedFileStatus.Processed, (await harness.SendAsync(Absence("CASE-1", 1))).Status);
        var change = Absence("CASE-1", 2, "02");
        AbsenceOf(change).PrcVrzm = 50m;
        Assert.Equal(ReceivedFileStatus.Processed, (await harness.SendAsync(change)).Status);
        var end = await harness.SendAsync(Absence("CASE-1", 3, "03"));
        Assert.Equal(ReceivedFileStatus.Processed, end.Status);
        Assert.Equal("ACME-OVERIG", Assert.Single(end.Event!.Absences).Classification.ReceiverCode);

        await using var context = harness.Register.CreateContext();
        var stored = await context.AbsenceCases.SingleAsync();
        Assert.Equal((AbsenceCaseStatus.Closed, 3, new DateOnly(2026, 3, 2)), (stored.Status, stored.LastSequence, stored.RecoveredOn));
        Assert.Equal([1, 2, 3], await context.AbsenceMessages.OrderBy(m => m.Sequence).Select(m => m.Sequence).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Invalid_xml_is_refused_and_answered_when_its_header_can_be_read(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var message = Absence("CASE-1", 1);
        var text = Encoding.UTF8.GetString(Bytes(message));
        var broken = Encoding.UTF8.GetBytes(text[..text.IndexOf("<Wrknmr>", StringComparison.Ordinal)] + "<Wrknmr><Gebdat>1962-05-01</Wrkgvr>");

        var outcome = await harness.SendAsync(broken);

        Assert.Equal(ReceivedFileStatus.Refused, outcome.Status);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((ReceivingErrorKind.NotWellFormed, "01"), (error.Kind, error.SrtFoutCd));
        Assert.StartsWith("Het bestand is geen geldige XML op regel", error.Toelichting, StringComparison.Ordinal);
        Assert.Null(outcome.Event);
        var retour = Assert.IsType<Retourmelding1>(outcome.Retourmelding);
        Assert.Equal((message.BrAlg!.Berrefnr, "03", "2024"), (retour.BrAlg!.BerrefnrIngzndnBer, retour.BrAlg.SrtRetmldngCd, retour.Release));
        Assert.Equal(("01", error.Toelichting), (retour.Foutmldng[0].SrtFoutCd, retour.Foutmldng[0].Toelchtng));

        var garbage = await harness.SendAsync("not xml at all"u8.ToArray(), "/inbox/VZ0002.xml");
        Assert.Equal((ReceivedFileStatus.Refused, ReceivingErrorKind.NotWellFormed), (garbage.Status, Assert.Single(garbage.Errors).Kind));
        Assert.Null(garbage.Retourmelding);

        var empty = await harness.SendAsync([], "/inbox/VZ0003.xml");
        Assert.Equal((ReceivedFileStatus.Refused, ReceivingErrorKind.NotWellFormed), (empty.Status, Assert.Single(empty.Errors).Kind));

        await using var context = harness.Register.CreateContext();
        Assert.Equal(3, await context.Files.CountAsync(f => f.Status == ReceivedFileStatus.Refused && f.Content == null));
        Assert.False(await context.Berrefnrs.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_file_of_a_release_not_installed_is_refused_and_answered_in_the_newest_release_the_account_accepts(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var text = Encoding.UTF8.GetString(Bytes(Absence("CASE-1", 1)));

        foreach (var (release, name) in new[] { ("2021", "/inbox/VZ0001.xml"), ("2019", "/inbox/VZ0003.xml") })
        {
            var old = await harness.SendAsync(Encoding.UTF8.GetBytes(text.Replace("/Verzuimmeldingen/2024", "/Verzuimmeldingen/" + release, StringComparison.Ordinal)), name);
            Assert.Equal(ReceivedFileStatus.Refused, old.Status);
            var error = Assert.Single(old.Errors);
            Assert.Equal((ReceivingErrorKind.UnknownRelease, "01"), (error.Kind, error.SrtFoutCd));
            Assert.StartsWith($"Jaargang {release} van de SIVI Verzuimstandaard is bij de ontvanger niet geïnstalleerd", error.Toelichting, StringComparison.Ordinal);
            // the account accepts Verzuimmeldingen 2022-2026 and others in 2024: the newest is 2026
            Assert.Equal(("03", "2026"), (old.Retourmelding!.BrAlg!.SrtRetmldngCd, old.Retourmelding.Release));
            Assert.Equal(error.Toelichting, Assert.Single(old.Retourmelding.Foutmldng).Toelchtng);
        }

        var foreign = await harness.SendAsync(Encoding.UTF8.GetBytes(text.Replace("/Verzuimmeldingen/2024", "/Verzuimmelding/2024", StringComparison.Ordinal)),
            "/inbox/VZ0002.xml");
        Assert.Equal(ReceivingErrorKind.UnknownMessageType, Assert.Single(foreign.Errors).Kind);
        Assert.Equal(("03", "2024"), (foreign.Retourmelding!.BrAlg!.SrtRetmldngCd, foreign.Retourmelding.Release));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_schema_invalid_message_is_refused_with_every_error_and_no_personal_value(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var message = Absence("CASE-1", 1);
        message.Wrkgvr[0].Wrknmr[0].SofiNr = "123456782"; // a BSN (passes the elfproef)…
        var text = Encoding.UTF8.GetString(Bytes(message))
            .Replace("<SofiNr>123456782</SofiNr>", "<SofiNr>12345678X</SofiNr>", StringComparison.Ordinal) // …written wrongly
            .Replace("<PrcVrzm>100.00</PrcVrzm>", "<PrcVrzm>burn-out</PrcVrzm>", StringComparison.Ordinal);

        var outcome = await harness.SendAsync(Encoding.UTF8.GetBytes(text));

        Assert.Equal(ReceivedFileStatus.Refused, outcome.Status);
        Assert.Equal(2, outcome.Errors.Count);
        Assert.All(outcome.Errors, e => Assert.Equal((ReceivingErrorKind.SchemaInvalid, "01"), (e.Kind, e.SrtFoutCd)));
        Assert.Contains(outcome.Errors, e => e.Toelichting.Contains("SofiNr", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.Toelichting.Contains("PrcVrzm", StringComparison.Ordinal));
        var everything = string.Join("\n", outcome.Errors.Select(e => e.Toelichting)) + harness.Log.AllText;
        Assert.DoesNotContain("12345678", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("burn-out", everything, StringComparison.Ordinal);
        Assert.Equal(2, outcome.Retourmelding!.Foutmldng.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_message_about_an_unauthorised_employer_is_refused(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);

        var outcome = await harness.SendAsync(Absence("CASE-1", 1, employer: "WG-9999"));

        Assert.Equal(ReceivedFileStatus.Refused, outcome.Status);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((ReceivingErrorKind.UnauthorisedEmployer, "06"), (error.Kind, error.SrtFoutCd));
        Assert.Contains("WG-9999", error.Toelichting, StringComparison.Ordinal);
        Assert.Equal("03", outcome.Retourmelding!.BrAlg!.SrtRetmldngCd);
        await using var context = harness.Register.CreateContext();
        Assert.False(await context.Employers.AnyAsync());
        Assert.False(await context.AbsenceCases.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_duplicate_berrefnr_is_refused_and_not_applied_twice(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var message = Absence("CASE-1", 1);
        Assert.Equal(ReceivedFileStatus.Processed, (await harness.SendAsync(message)).Status);

        var again = await harness.SendAsync(message, "/inbox/VZ0001-again.xml");

        Assert.Equal(ReceivedFileStatus.Refused, again.Status);
        var error = Assert.Single(again.Errors);
        Assert.Equal((ReceivingErrorKind.DuplicateBerrefnr, "06"), (error.Kind, error.SrtFoutCd));
        Assert.Contains(message.BrAlg!.Berrefnr!, error.Toelichting, StringComparison.Ordinal);
        Assert.Equal(message.BrAlg.Berrefnr, again.Retourmelding!.BrAlg!.BerrefnrIngzndnBer);
        await using var context = harness.Register.CreateContext();
        Assert.Equal(1, await context.AbsenceMessages.CountAsync());
        Assert.Equal(1, await context.Berrefnrs.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task The_same_file_handed_over_again_after_a_stop_is_answered_as_before_and_not_applied_or_refused(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var message = Absence("CASE-1", 1);
        message.BrAlg!.OntvngstbevJN = "J";
        var bytes = ReceivingMessages.Bytes(message);
        var first = await harness.SendAsync(bytes);
        Assert.Equal(ReceivedFileStatus.Processed, first.Status);

        // a run that committed and stopped before the partner's copy was removed: the next run is handed the same file
        var again = await harness.SendAsync(bytes);

        Assert.Equal((ReceivedFileStatus.Processed, first.FileId, true), (again.Status, again.FileId, again.Replay));
        Assert.Null(again.Retourmelding);
        Assert.Null(again.Event);
        await using (var context = harness.Register.CreateContext())
        {
            Assert.Equal(1, await context.Files.CountAsync());
            Assert.Equal(1, await context.AbsenceMessages.CountAsync());
            Assert.Equal(1, await context.PendingRetourmeldingen.CountAsync());
        }

        // other bytes under the same name and Berrefnr are a second message, refused as a duplicate
        var changed = Absence("CASE-1", 1, "02");
        changed.BrAlg!.Berrefnr = message.BrAlg.Berrefnr;
        var refused = await harness.SendAsync(changed);
        Assert.Equal((ReceivedFileStatus.Refused, false), (refused.Status, refused.Replay));
        Assert.Equal(ReceivingErrorKind.DuplicateBerrefnr, Assert.Single(refused.Errors).Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_recovery_for_a_case_the_register_does_not_know_is_refused(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var recovery = Absence("CASE-UNKNOWN", 4, "02");
        AbsenceOf(recovery).DatHrstld = new DateOnly(2026, 3, 1);
        AbsenceOf(recovery).PrcVrzm = 50m;

        var outcome = await harness.SendAsync(recovery);

        Assert.Equal(ReceivedFileStatus.Refused, outcome.Status);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((ReceivingErrorKind.UnknownCase, "06"), (error.Kind, error.SrtFoutCd));
        Assert.Contains("CASE-UNKNOWN", error.Toelichting, StringComparison.Ordinal);
        Assert.Contains("onbekend", error.Toelichting, StringComparison.Ordinal);
        Assert.Equal("03", outcome.Retourmelding!.BrAlg!.SrtRetmldngCd);
        await using var context = harness.Register.CreateContext();
        Assert.False(await context.AbsenceCases.AnyAsync());
        Assert.False(await context.Berrefnrs.AnyAsync()); // the sender may correct and resend under the same Berrefnr
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Messages_after_a_gap_wait_and_are_applied_in_order_once_the_gap_fills(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        Assert.Equal(ReceivedFileStatus.Processed, (await harness.SendAsync(Absence("CASE-1", 1), "/inbox/VZ1.xml")).Status);

        var fourth = await harness.SendAsync(Absence("CASE-1", 4, "03"), "/inbox/VZ4.xml");
        var third = await harness.SendAsync(Absence("CASE-1", 3, "02"), "/inbox/VZ3.xml");

        Assert.Equal(ReceivedFileStatus.Waiting, fourth.Status);
        var gap = Assert.Single(fourth.Errors);
        Assert.Equal((ReceivingErrorKind.SequenceGap, "06"), (gap.Kind, gap.SrtFoutCd));
        Assert.Contains("melding 2 verwacht", gap.Toelichting, StringComparison.Ordinal);
        Assert.Null(fourth.Retourmelding); // answered once it is applied
        Assert.Null(fourth.Event);
        Assert.Equal(ReceivedFileStatus.Waiting, third.Status);

        var repeat = await harness.SendAsync(Absence("CASE-1", 3, "02"), "/inbox/VZ3-again.xml");
        Assert.Equal((ReceivedFileStatus.Refused, ReceivingErrorKind.SequenceRepeated), (repeat.Status, Assert.Single(repeat.Errors).Kind));

        var second = await harness.SendAsync(Absence("CASE-1", 2, "02"), "/inbox/VZ2.xml");

        Assert.Equal(ReceivedFileStatus.Processed, second.Status);
        Assert.Equal(["VZ3.xml", "VZ4.xml"], second.Released.Select(r => r.FileName));
        Assert.All(second.Released, r => Assert.Equal(ReceivedFileStatus.Processed, r.Status));
        Assert.All(second.Released, r => Assert.Equal("02", r.Retourmelding!.BrAlg!.SrtRetmldngCd));
        Assert.Equal([3, 4], second.Released.Select(r => Assert.Single(r.Event!.Absences).Sequence));

        await using var context = harness.Register.CreateContext();
        Assert.Equal([1, 2, 3, 4], await context.AbsenceMessages.OrderBy(m => m.Id).Select(m => m.Sequence).ToListAsync());
        var stored = await context.AbsenceCases.SingleAsync();
        Assert.Equal((AbsenceCaseStatus.Closed, 4), (stored.Status, stored.LastSequence));
        Assert.False(await context.Files.AnyAsync(f => f.Status == ReceivedFileStatus.Waiting || f.Content != null));

        var old = await harness.SendAsync(Absence("CASE-1", 2, "02"), "/inbox/VZ2-again.xml");
        Assert.Equal(ReceivingErrorKind.SequenceRepeated, Assert.Single(old.Errors).Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_blocked_account_holds_valid_files_and_applies_them_in_arrival_order_on_restart(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var start = await harness.SendAsync(Absence("CASE-1", 1), "/inbox/VZ1.xml", blocked: true);
        var change = await harness.SendAsync(Absence("CASE-1", 2, "02"), "/inbox/VZ2.xml", blocked: true);
        var invalid = await harness.SendAsync(Absence("CASE-2", 1, employer: "WG-9999"), "/inbox/VZ3.xml", blocked: true);
        var end = await harness.SendAsync(Absence("CASE-1", 3, "03"), "/inbox/VZ4.xml", blocked: true);

        Assert.Equal([ReceivedFileStatus.Held, ReceivedFileStatus.Held, ReceivedFileStatus.Refused, ReceivedFileStatus.Held],
            new[] { start, change, invalid, end }.Select(o => o.Status));
        Assert.Null(start.Retourmelding);
        Assert.Null(start.Event);
        Assert.NotNull(invalid.Retourmelding); // refusals are answered at once: they do not depend on the register
        await using (var context = harness.Register.CreateContext())
        {
            Assert.False(await context.AbsenceCases.AnyAsync());
            Assert.Equal(3, await context.Files.CountAsync(f => f.Status == ReceivedFileStatus.Held && f.Content != null));
        }

        // unblocked while held files wait: a new file queues behind them
        var late = await harness.SendAsync(Absence("CASE-9", 1), "/inbox/VZ5.xml", blocked: false);
        Assert.Equal(ReceivedFileStatus.Held, late.Status);
        var duplicate = await harness.SendAsync(ReceivingMessages.Bytes(Absence("CASE-1", 1)), "/inbox/VZ1.xml", blocked: true);
        Assert.Equal(ReceivedFileStatus.Held, duplicate.Status); // same content, new Berrefnr: held; the chain decides later

        var applied = await harness.Processor.ApplyHeldAsync(harness.Account, CancellationToken.None);

        Assert.Equal(["VZ1.xml", "VZ2.xml", "VZ4.xml", "VZ5.xml", "VZ1.xml"], applied.Select(o => o.FileName));
        Assert.Equal([ReceivedFileStatus.Processed, ReceivedFileStatus.Processed, ReceivedFileStatus.Processed, ReceivedFileStatus.Processed, ReceivedFileStatus.Refused],
            applied.Select(o => o.Status));
        Assert.Equal(ReceivingErrorKind.SequenceRepeated, Assert.Single(applied[^1].Errors).Kind);
        Assert.All(applied.Take(4), o => Assert.NotNull(o.Event));
        Assert.All(applied, o => Assert.NotNull(o.Retourmelding));
        Assert.Empty(await harness.Processor.ApplyHeldAsync(harness.Account, CancellationToken.None));

        await using var after = harness.Register.CreateContext();
        Assert.Equal(2, await after.AbsenceCases.CountAsync());
        Assert.False(await after.Files.AnyAsync(f => f.Content != null));
        Assert.Equal(4, await after.Berrefnrs.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Other_types_update_employers_employees_and_employments(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);

        var employments = await harness.SendAsync(EmploymentsMessage(), "/inbox/DV0001.xml");
        var employers = await harness.SendAsync(EmployersMessage(), "werkgevers/wg.XML");

        Assert.Equal((ReceivedFileStatus.Processed, "Dienstverbanden"), (employments.Status, employments.MessageType));
        Assert.Equal((ReceivedFileStatus.Processed, "WerkgeversGegevensBasisregistratie"), (employers.Status, employers.MessageType));
        Assert.Empty(employments.Event!.Absences);
        await using var context = harness.Register.CreateContext();
        var employer = await context.Employers.SingleAsync();
        Assert.Equal(("123456789L01", "Voorbeeld Zorg B.V."), (employer.Lhnr, employer.Name));
        Assert.Equal(Employee, (await context.Employees.SingleAsync()).IdWrknmr);
        Assert.Equal(new DateOnly(2019, 1, 1), (await context.Employments.SingleAsync()).StartDate);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Files_outside_or_against_their_import_configuration_and_oversized_files_are_refused(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres, options: new Gateway.Receiving.ReceivingOptions { MaxFileBytes = 4096 });

        var elsewhere = await harness.SendAsync(Absence("CASE-1", 1), "/uitbox/VZ0001.xml");
        Assert.Equal((ReceivingErrorKind.NoImportConfiguration, "99"), (Assert.Single(elsewhere.Errors).Kind, elsewhere.Errors[0].SrtFoutCd));

        var wrongType = await harness.SendAsync(EmploymentsMessage(), "/inbox/VZ0002.xml");
        var mismatch = Assert.Single(wrongType.Errors);
        Assert.Equal((ReceivingErrorKind.ImportConfigurationMismatch, "01"), (mismatch.Kind, mismatch.SrtFoutCd));
        Assert.Contains("Dienstverbanden", mismatch.Toelichting, StringComparison.Ordinal);
        Assert.Contains("verwacht Verzuimmeldingen 2022, Verzuimmeldingen 2024", mismatch.Toelichting, StringComparison.Ordinal);

        var wrongRelease = await harness.SendAsync(EmploymentsMessage("2025"), "/inbox/DV0003.xml");
        Assert.Equal(ReceivingErrorKind.ImportConfigurationMismatch, Assert.Single(wrongRelease.Errors).Kind);
        Assert.Equal("2025", wrongRelease.Retourmelding!.Release);

        var big = Absence("CASE-1", 1);
        for (var i = 0; i < 40; i++)
        {
            AbsenceOf(big).VrTkst.Add(new VrTkst { VrijeTekst = new string('x', 200) });
        }
        var tooLarge = await harness.SendAsync(big);
        Assert.Equal((ReceivingErrorKind.TooLarge, "99"), (Assert.Single(tooLarge.Errors).Kind, tooLarge.Errors[0].SrtFoutCd));
        Assert.Equal(big.BrAlg!.Berrefnr, tooLarge.Retourmelding!.BrAlg!.BerrefnrIngzndnBer);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_supported_release_is_processed_and_answered_in_its_own_release(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var official = await ReceivingSchemas.OfficialAsync();
        foreach (var release in new[] { "2022", "2024", "2025", "2026" })
        {
            var processed = await harness.SendAsync(Absence("CASE-" + release, 1, release: release), $"/inbox/VZ{release}.xml");
            var refused = await harness.SendAsync(Absence("CASE-X" + release, 2, "02", release: release), $"/inbox/VZ{release}-x.xml");
            Assert.Equal((ReceivedFileStatus.Processed, ReceivedFileStatus.Refused), (processed.Status, refused.Status));
            foreach (var answer in new[] { processed.Retourmelding!, refused.Retourmelding! })
            {
                Assert.Equal(release, answer.Release);
                var bytes = Bytes(answer);
                Assert.Equal("", await ReceivingSchemas.ErrorsAsync(await ReceivingSchemas.OursAsync(), bytes, release));
                if (official is not null)
                {
                    Assert.Equal("", await ReceivingSchemas.ErrorsAsync(official, bytes, release));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Without_a_receipt_request_only_refusals_are_answered_unless_the_account_says_so(string provider)
    {
        var options = ReceivingHarness.DefaultAccountOptions();
        options.Retourmeldingen = Gateway.Receiving.Accounts.RetourmeldingPolicy.AsRequested;
        await using var strict = await ReceivingHarness.CreateAsync(provider, postgres, options);
        var quiet = Absence("CASE-1", 1);
        quiet.BrAlg!.OntvngstbevJN = "N";
        var unknown = Absence("CASE-2", 2, "02");
        unknown.BrAlg!.OntvngstbevJN = "N";

        Assert.Null((await strict.SendAsync(quiet)).Retourmelding);
        Assert.Null((await strict.SendAsync(unknown)).Retourmelding);

        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var quiet2 = Absence("CASE-1", 1);
        quiet2.BrAlg!.OntvngstbevJN = "N";
        var unknown2 = Absence("CASE-2", 2, "02");
        unknown2.BrAlg!.OntvngstbevJN = "N";
        Assert.Null((await harness.SendAsync(quiet2)).Retourmelding);
        Assert.Equal("03", (await harness.SendAsync(unknown2)).Retourmelding!.BrAlg!.SrtRetmldngCd);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task New_keys_for_a_case_and_an_employee_continue_their_history(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        Assert.Equal(ReceivedFileStatus.Processed, (await harness.SendAsync(Absence("CASE-OLD", 1))).Status);
        var renamed = Absence("CASE-NEW", 2, "04");
        AbsenceOf(renamed).VrzmgvlIdOud = "CASE-OLD";
        renamed.Wrkgvr[0].Wrknmr[0].IdWrknmr = "EMP-NEW";
        renamed.Wrkgvr[0].Wrknmr[0].IdWrknmrOud = Employee;

        var outcome = await harness.SendAsync(renamed);

        Assert.Equal(ReceivedFileStatus.Processed, outcome.Status);
        await using var context = harness.Register.CreateContext();
        var stored = await context.AbsenceCases.SingleAsync();
        Assert.Equal(("CASE-NEW", "EMP-NEW", 2), (stored.VrzmgvlId, stored.IdWrknmr, stored.LastSequence));
        Assert.Equal("EMP-NEW", (await context.Employees.SingleAsync()).IdWrknmr);
        Assert.Equal("EMP-NEW", (await context.Employments.SingleAsync()).IdWrknmr);
        Assert.Equal(2, await context.AbsenceMessages.CountAsync(m => m.CaseId == stored.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_applied_message_has_its_event_in_the_outbox_as_soon_as_the_register_committed_it(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var first = await harness.SendAsync(Absence("CASE-1", 1), "/inbox/VZ1.xml");
        var third = await harness.SendAsync(Absence("CASE-1", 3, "02"), "/inbox/VZ3.xml");
        var refused = await harness.SendAsync(Absence("CASE-2", 1, employer: "WG-9999"), "/inbox/VZ9.xml");

        Assert.Equal([first.Berrefnr], await PublishedBerrefnrsAsync(harness));

        var second = await harness.SendAsync(Absence("CASE-1", 2, "02"), "/inbox/VZ2.xml");
        var held = await harness.SendAsync(Absence("CASE-3", 1), "/inbox/VZ4.xml", blocked: true);

        Assert.Equal([first.Berrefnr, second.Berrefnr, third.Berrefnr], await PublishedBerrefnrsAsync(harness));
        Assert.Equal(ReceivedFileStatus.Refused, refused.Status);
        Assert.Equal(ReceivedFileStatus.Held, held.Status);

        await harness.Processor.ApplyHeldAsync(harness.Account, CancellationToken.None);

        Assert.Equal([first.Berrefnr, second.Berrefnr, third.Berrefnr, held.Berrefnr], await PublishedBerrefnrsAsync(harness));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Every_due_Retourmelding_is_kept_in_the_register_with_the_file_it_answers(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var asked = Absence("CASE-1", 1);
        asked.BrAlg!.OntvngstbevJN = "J";
        var processed = await harness.SendAsync(ReceivingMessages.Bytes(asked), "/inbox/VZ1.xml");
        var refused = await harness.SendAsync(Absence("CASE-2", 1, employer: "WG-9999"), "/inbox/VZ2.xml");
        var held = await harness.SendAsync(Absence("CASE-3", 1), "/inbox/VZ3.xml", blocked: true);

        Assert.Equal([processed.FileId, refused.FileId], await PendingRetourFileIdsAsync(harness));
        Assert.Null(held.Retourmelding);

        var applied = Assert.Single(await harness.Processor.ApplyHeldAsync(harness.Account, CancellationToken.None));

        Assert.NotNull(applied.Retourmelding);
        Assert.Equal([processed.FileId, refused.FileId, held.FileId], await PendingRetourFileIdsAsync(harness));
        await using var context = harness.Register.CreateContext();
        var first = await context.PendingRetourmeldingen.OrderBy(r => r.Id).FirstAsync();
        Assert.Contains($"<BerrefnrIngzndnBer>{asked.BrAlg.Berrefnr}</BerrefnrIngzndnBer>", Encoding.UTF8.GetString(first.Content), StringComparison.Ordinal);
    }

    private static async Task<List<long>> PendingRetourFileIdsAsync(ReceivingHarness harness)
    {
        await using var context = harness.Register.CreateContext();
        return await context.PendingRetourmeldingen.OrderBy(r => r.Id).Select(r => r.FileId).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_file_that_waited_too_long_for_a_gap_is_refused_and_answered_and_the_wait_counts_from_when_it_began(string provider)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres, clock: clock);
        await harness.SendAsync(Absence("CASE-1", 1), "/inbox/VZ1.xml");
        var third = await harness.SendAsync(Absence("CASE-1", 3, "02"), "/inbox/VZ3.xml");
        // held for four days while the account was blocked, then applied: it begins to wait only then
        await harness.SendAsync(Absence("CASE-2", 1), "/inbox/VZ5.xml", blocked: true);
        var heldThird = await harness.SendAsync(Absence("CASE-2", 3, "02"), "/inbox/VZ6.xml", blocked: true);
        clock.Advance(TimeSpan.FromHours(71));

        Assert.Empty(await harness.Processor.ExpireWaitingAsync(harness.Account, CancellationToken.None));
        clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(ReceivedFileStatus.Waiting, (await harness.Processor.ApplyHeldAsync(harness.Account, CancellationToken.None))[^1].Status);

        var expired = Assert.Single(await harness.Processor.ExpireWaitingAsync(harness.Account, CancellationToken.None));

        Assert.Equal((third.FileId, ReceivedFileStatus.Refused), (expired.FileId, expired.Status));
        var error = Assert.Single(expired.Errors);
        Assert.Equal((ReceivingErrorKind.SequenceGapExpired, "06"), (error.Kind, error.SrtFoutCd));
        Assert.Contains("melding 3 van verzuimgeval CASE-1", error.Toelichting, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("72 uur", error.Toelichting, StringComparison.Ordinal);
        Assert.Equal("06", Assert.Single(expired.Retourmelding!.Foutmldng).SrtFoutCd);
        Assert.Equal([third.FileId], (await PendingRetourFileIdsAsync(harness)).Where(id => id == third.FileId));

        var second = await harness.SendAsync(Absence("CASE-1", 2, "02"), "/inbox/VZ2.xml");

        Assert.Equal(ReceivedFileStatus.Processed, second.Status);
        Assert.Empty(second.Released); // the refused file stays refused: the sender sends it again
        await using var context = harness.Register.CreateContext();
        var file = await context.Files.SingleAsync(f => f.Id == third.FileId);
        Assert.Equal((ReceivedFileStatus.Refused, null, null), (file.Status, file.Content, file.WaitingSinceUtc));
        Assert.Equal(ReceivedFileStatus.Waiting, (await context.Files.SingleAsync(f => f.Id == heldThird.FileId)).Status);
        Assert.Equal(2, (await context.AbsenceCases.SingleAsync(c => c.VrzmgvlId == "CASE-1")).LastSequence);
    }

    /// <summary>The Berrefnrs of the SiviMessageReceived events in the gateway's outbox, oldest first.</summary>
    private static async Task<List<string?>> PublishedBerrefnrsAsync(ReceivingHarness harness)
    {
        await using var context = harness.Register.CreateContext();
        var events = await context.OutboxEvents.Where(e => e.Type == "SiviMessageReceived").OrderBy(e => e.Id).ToListAsync();
        return [.. events.Select(e => (string?)System.Text.Json.JsonSerializer.Deserialize<Gateway.Contracts.SiviMessageReceived>(e.Payload)!.Berrefnr)];
    }
}
