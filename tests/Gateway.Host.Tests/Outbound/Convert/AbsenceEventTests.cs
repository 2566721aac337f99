using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>Start, change, end, correction and deletion of one case, batch after batch, with the case's sequence.</summary>
public class AbsenceEventTests
{
    private static readonly DateOnly Begin = new(2025, 5, 12);

    [Fact]
    public async Task A_case_goes_start_change_end_deletion_with_sequence_1_to_4_and_the_documented_VrwrkCd()
    {
        var harness = await Harness.CreateAsync();
        var first = TestRows.Absence();

        var start = Single(await harness.NewAbsenceAsync(first));
        Assert.Equal(("01", "1", "N", "100.00"), (Harness.Absence(start, "VrwrkCd"), Harness.Absence(start, "VrzmgvlVnrMld"), Harness.Absence(start, "EndVrzmJN"), Harness.Absence(start, "PrcVrzm")));
        Assert.Equal("FEF31C6B-48E8-44C5-9913-27785D37D12D", Harness.Absence(start, "VrzmgvlId"));
        Assert.Equal("2025-05-12", Harness.Absence(start, "DatEerstVrzmdg"));
        Assert.Equal("2025-05-12", Harness.Absence(start, "IngdatMutVrzm"));

        var partial = TestRows.Phase(first, "{11111111-0000-4000-8000-000000000001}", Begin.AddDays(14), 40);
        var change = Single(await harness.NewAbsenceAsync(partial));
        Assert.Equal(("02", "2", "60.00", "2025-05-26"), (Harness.Absence(change, "VrwrkCd"), Harness.Absence(change, "VrzmgvlVnrMld"), Harness.Absence(change, "PrcVrzm"), Harness.Absence(change, "IngdatMutVrzm")));

        var recovered = Begin.AddDays(30);
        var end = Single(await harness.ChangedAbsenceAsync(
            [(first, TestRows.Closed(first, recovered)), (partial, TestRows.Closed(partial, recovered))],
            VerzuimFields.Datum_hervatting, VerzuimFields.Reden_afsluiten_code, VerzuimFields.Datum_herstelmelding, VerzuimFields.Melding_Gewijzigd_Op));
        Assert.Equal(("03", "3", "J", "0.00"), (Harness.Absence(end, "VrwrkCd"), Harness.Absence(end, "VrzmgvlVnrMld"), Harness.Absence(end, "EndVrzmJN"), Harness.Absence(end, "PrcVrzm")));
        Assert.Equal(("2025-06-11", "2025-06-11", "01"), (Harness.Absence(end, "DatHrstld"), Harness.Absence(end, "IngdatMutVrzm"), Harness.Absence(end, "RdnEndVrzmCd")));

        harness.Source.Remove(first);
        harness.Source.Remove(partial);
        var deletion = Single(await harness.ConvertAsync(b => b.Verzuim.AddRange([SourceChange.Gone(TestRows.Closed(first, recovered)), SourceChange.Gone(TestRows.Closed(partial, recovered))])));
        Assert.Equal(("05", "4"), (Harness.Absence(deletion, "VrwrkCd"), Harness.Absence(deletion, "VrzmgvlVnrMld")));
        Assert.Equal(4, await harness.Sequences.LastAsync("test-arbodienst|FEF31C6B-48E8-44C5-9913-27785D37D12D", CancellationToken.None));
    }

    [Fact]
    public async Task An_unknown_case_is_replayed_in_order_start_changes_end_and_a_corrected_begin_becomes_04_with_the_old_date()
    {
        var harness = await Harness.CreateAsync();
        var first = TestRows.Absence();
        var second = TestRows.Phase(first, "{11111111-0000-4000-8000-000000000002}", Begin.AddDays(10), 50);
        var third = TestRows.Phase(first, "{11111111-0000-4000-8000-000000000003}", Begin.AddDays(20), 75);

        var replay = await harness.NewAbsenceAsync(TestRows.Closed(third, Begin.AddDays(25)), TestRows.Closed(first, Begin.AddDays(25)), TestRows.Closed(second, Begin.AddDays(25)));

        Assert.Empty(replay.Failures);
        Assert.Equal(["01", "02", "02", "03"], replay.Messages.Select(m => Harness.Absence(m, "VrwrkCd")));
        Assert.Equal([1, 2, 3, 4], replay.Messages.Select(m => m.Sequence!.Value));
        Assert.Equal(["100.00", "50.00", "25.00", "0.00"], replay.Messages.Select(m => Harness.Absence(m, "PrcVrzm")));

        var correctedAt = new DateTimeOffset(2025, 6, 1, 11, 0, 0, TimeSpan.FromHours(2));
        var before = new[] { first, second, third }.Select(r => TestRows.Closed(r, Begin.AddDays(25))).ToList();
        var after = before.Select(r => r with { Begin = Begin.AddDays(-2), Melding_Gewijzigd_Op = correctedAt }).ToList();
        after[0] = after[0] with { Datum_deelherstel = Begin.AddDays(-2) };
        var correction = Single(await harness.ChangedAbsenceAsync([.. before.Zip(after)],
            VerzuimFields.Begin, VerzuimFields.Datum_deelherstel, VerzuimFields.Melding_Gewijzigd_Op));
        Assert.Equal(("04", "5", "2025-05-10", "2025-05-12"), (Harness.Absence(correction, "VrwrkCd"), Harness.Absence(correction, "VrzmgvlVnrMld"),
            Harness.Absence(correction, "DatEerstVrzmdg"), Harness.Absence(correction, "DatEerstVrzmdgOud")));
        Assert.Equal("J", Harness.Absence(correction, "EndVrzmJN"));
    }

    [Fact]
    public async Task A_reopened_case_becomes_a_change_with_EndVrzmJN_N_and_a_moved_recovery_date_a_correction()
    {
        var harness = await Harness.CreateAsync();
        var first = TestRows.Absence();
        var closed = TestRows.Closed(first, Begin.AddDays(5));
        await harness.NewAbsenceAsync(closed);

        var moved = TestRows.Closed(first, Begin.AddDays(7));
        var correction = Single(await harness.ChangedAbsenceAsync([(closed, moved)], VerzuimFields.Datum_hervatting, VerzuimFields.Datum_herstelmelding));
        Assert.Equal(("04", "2025-05-19", "J"), (Harness.Absence(correction, "VrwrkCd"), Harness.Absence(correction, "DatHrstld"), Harness.Absence(correction, "EndVrzmJN")));

        var reopenedFirst = first with { Melding_Gewijzigd_Op = moved.Melding_Gewijzigd_Op!.Value.AddDays(3) };
        var relapse = TestRows.Phase(reopenedFirst, "{11111111-0000-4000-8000-000000000004}", Begin.AddDays(10), 0);
        harness.Source.Put(reopenedFirst);
        harness.Source.Put(relapse);
        var reopen = await harness.ConvertAsync(b =>
        {
            b.Verzuim.Add(SourceChange.Changed(reopenedFirst, [VerzuimFields.Datum_hervatting, VerzuimFields.Reden_afsluiten_code], moved));
            b.Verzuim.Add(SourceChange.New(relapse));
        });
        var message = Single(reopen);
        Assert.Equal(("02", "N", "100.00", "2025-05-22"), (Harness.Absence(message, "VrwrkCd"), Harness.Absence(message, "EndVrzmJN"), Harness.Absence(message, "PrcVrzm"), Harness.Absence(message, "IngdatMutVrzm")));
        Assert.Null(Harness.Absence(message, "DatHrstld"));
        Assert.Equal(4, message.Sequence);
    }

    [Fact]
    public async Task An_end_converted_after_AFAS_reopened_the_case_sends_no_end_and_does_not_fail()
    {
        var harness = await Harness.CreateAsync();
        var first = TestRows.Absence();
        await harness.NewAbsenceAsync(first);

        // the change says "closed", but the stored state (pulled later) is open again
        var closed = TestRows.Closed(first, Begin.AddDays(4));
        var result = await harness.ConvertAsync(b => b.Verzuim.Add(SourceChange.Changed(closed,
            [VerzuimFields.Datum_hervatting, VerzuimFields.Reden_afsluiten_code, VerzuimFields.Datum_herstelmelding], first)));

        Assert.Empty(result.Messages);
        Assert.Empty(result.Failures);
        Assert.Contains(result.Skipped, s => s.Reason.Contains("reopened since", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_previous_row_a_recovery_date_with_a_new_closing_code_is_an_end_and_one_without_a_correction()
    {
        var harness = await Harness.CreateAsync();
        var first = TestRows.Absence();
        await harness.NewAbsenceAsync(first);

        var closed = TestRows.Closed(first, Begin.AddDays(4));
        harness.Source.Put(closed);
        var end = Single(await harness.ConvertAsync(b => b.Verzuim.Add(SourceChange.Changed(closed,
            [VerzuimFields.Datum_hervatting, VerzuimFields.Reden_afsluiten_code, VerzuimFields.Datum_herstelmelding]))));
        var moved = TestRows.Closed(first, Begin.AddDays(6));
        harness.Source.Put(moved);
        var correction = Single(await harness.ConvertAsync(b => b.Verzuim.Add(SourceChange.Changed(moved,
            [VerzuimFields.Datum_hervatting, VerzuimFields.Datum_herstelmelding]))));

        Assert.Equal(("03", "2025-05-16"), (Harness.Absence(end, "VrwrkCd"), Harness.Absence(end, "DatHrstld")));
        Assert.Equal(("04", "2025-05-18", "J"), (Harness.Absence(correction, "VrwrkCd"), Harness.Absence(correction, "DatHrstld"), Harness.Absence(correction, "EndVrzmJN")));
    }

    [Fact]
    public async Task Closing_because_the_employee_left_sends_reason_04_without_a_recovery_date_and_keeps_the_percentage()
    {
        var harness = await Harness.CreateAsync();
        var first = TestRows.Absence();
        var partial = TestRows.Phase(first, "{11111111-0000-4000-8000-000000000005}", Begin.AddDays(3), 50);
        var result = await harness.NewAbsenceAsync(TestRows.Closed(first, Begin.AddDays(9), "UDV"), TestRows.Closed(partial, Begin.AddDays(9), "UDV"));

        var end = result.Messages[^1];
        Assert.Equal(("03", "04", "50.00", "J"), (Harness.Absence(end, "VrwrkCd"), Harness.Absence(end, "RdnEndVrzmCd"), Harness.Absence(end, "PrcVrzm"), Harness.Absence(end, "EndVrzmJN")));
        Assert.Null(Harness.Absence(end, "DatHrstld"));
    }

    [Fact]
    public async Task A_melding_deleted_before_it_was_sent_and_a_change_of_unsent_fields_send_nothing()
    {
        var harness = await Harness.CreateAsync();
        var never = TestRows.Absence(caseGuid: "{22222222-0000-4000-8000-000000000000}");
        var gone = await harness.ConvertAsync(b => b.Verzuim.Add(SourceChange.Gone(never)));
        Assert.Empty(gone.Messages);
        Assert.Contains("before any message", Assert.Single(gone.Skipped).Reason, StringComparison.Ordinal);

        var first = TestRows.Absence();
        await harness.NewAbsenceAsync(first);
        var remark = first with { Opmerking = "Andere opmerking", Reden_verzuim = "Andere tekst" };
        var result = await harness.ChangedAbsenceAsync([(first, remark)], VerzuimFields.Opmerking, VerzuimFields.Reden_verzuim);
        Assert.Empty(result.Messages);
        Assert.Equal("no field that Verzuimmeldingen carries changed", Assert.Single(result.Skipped).Reason);
        Assert.Equal(1, await harness.Sequences.LastAsync("test-arbodienst|FEF31C6B-48E8-44C5-9913-27785D37D12D", CancellationToken.None));
    }

    [Fact]
    public async Task The_profile_overrides_the_VrwrkCd_assumption_table()
    {
        var harness = await Harness.CreateAsync(configure: p => p.VrwrkCd.Start = "02");
        var first = TestRows.Absence();

        var result = await harness.NewAbsenceAsync(TestRows.Closed(first, Begin.AddDays(2)));

        Assert.Equal(["02", "03"], result.Messages.Select(m => Harness.Absence(m, "VrwrkCd")));
    }

    private static ConvertedMessage Single(ConversionResult result)
    {
        Assert.True(result.Failures.Count == 0 && result.Messages.Count == 1, Harness.Describe(result) + $"\n{result.Messages.Count} messages");
        return result.Messages[0];
    }
}
