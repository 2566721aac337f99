using Gateway.Afas.Rows;
using Gateway.Core.Uitval;
using Gateway.Outbound.Convert.Sequencing;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>Uitval in Verzuimmeldingen: what falls out names record and field, spends no sequence number and stops only its own case.</summary>
public class AbsenceUitvalTests
{
    private static readonly string CaseKey = "test-arbodienst|FEF31C6B-48E8-44C5-9913-27785D37D12D";

    [Fact]
    public async Task A_case_without_its_employee_falls_out_spends_no_number_and_the_next_case_converts()
    {
        var harness = await Harness.CreateAsync();
        var orphan = TestRows.Absence() with { Guid_medewerker = "{99999999-0000-4000-8000-000000000000}" };
        var other = TestRows.Absence("{44444444-0000-4000-8000-000000000001}", "{44444444-0000-4000-8000-000000000000}");

        var result = await harness.NewAbsenceAsync(orphan, other);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(("Newdays_Connect_Verzuim_v1", orphan.Key.Value, "Guid_medewerker", UitvalStage.Transformation),
            (failure.Connector, failure.RecordKey, failure.Field, failure.Stage));
        Assert.Equal("44444444-0000-4000-8000-000000000000", Assert.Single(result.Messages).SubjectKey);
        Assert.Equal(0, await harness.Sequences.LastAsync(CaseKey, CancellationToken.None));

        harness.Source.Put(TestRows.Employee("{99999999-0000-4000-8000-000000000000}"));
        var retried = await harness.NewAbsenceAsync(orphan);
        Assert.Equal(1, Assert.Single(retried.Messages).Sequence);
    }

    [Fact]
    public async Task When_a_message_fails_validation_the_later_messages_of_its_case_fall_out_too()
    {
        var harness = await Harness.CreateAsync(configure: p => p.VrwrkCd.Start = "09");
        var first = TestRows.Absence();
        var partial = TestRows.Phase(first, "{11111111-0000-4000-8000-000000000007}", new DateOnly(2025, 5, 19), 50);

        var result = await harness.NewAbsenceAsync(first, partial);

        Assert.Empty(result.Messages);
        Assert.Equal(2, result.Failures.Count);
        Assert.Equal(UitvalStage.Validation, result.Failures[0].Stage);
        Assert.Contains(result.Failures[0].SchemaErrors, e => e.Contains("VrwrkCd", StringComparison.Ordinal));
        Assert.Contains("earlier message of this case fell out", result.Failures[1].Reason, StringComparison.Ordinal);
        Assert.Equal(0, await harness.Sequences.LastAsync(CaseKey, CancellationToken.None));
        var uitval = result.Failures[0].ToUitvalEntry(new DateTime(2025, 6, 2, 8, 0, 0, DateTimeKind.Utc));
        Assert.Equal(("test-arbodienst", UitvalStatus.Open, first.Key.Value), (uitval.Integration, uitval.Status, uitval.RecordKey));
        Assert.NotNull(uitval.SchemaError);
    }

    [Fact]
    public async Task Absences_of_an_inactive_employer_are_skipped_and_of_an_unknown_employer_fall_out()
    {
        var inactive = await Harness.CreateAsync(configure: p => p.Employers[0].Active = false);
        var skipped = await inactive.NewAbsenceAsync(TestRows.Absence());
        Assert.Empty(skipped.Messages);
        Assert.Empty(skipped.Failures);
        Assert.Contains("not active", Assert.Single(skipped.Skipped).Reason, StringComparison.Ordinal);

        var unknown = await Harness.CreateAsync();
        var result = await unknown.NewAbsenceAsync(TestRows.Absence() with { Werkgevercode = "13" });
        var failure = Assert.Single(result.Failures);
        Assert.Equal(VerzuimFields.Werkgevercode, failure.Field);
        Assert.Contains("no employer mapping", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_accounts_number_the_same_case_independently_and_one_store_never_reuses_a_number()
    {
        var store = new InMemoryCaseSequenceStore();
        var robidus = await Harness.CreateAsync(configure: p => p.Account = "robidus", sequences: store);
        var otherArbo = await Harness.CreateAsync(configure: p => p.Account = "arbo-2", sequences: store);

        Assert.Equal(1, Assert.Single((await robidus.NewAbsenceAsync(TestRows.Absence())).Messages).Sequence);
        Assert.Equal(1, Assert.Single((await otherArbo.NewAbsenceAsync(TestRows.Absence())).Messages).Sequence);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var next = await store.LastAsync("x|case", CancellationToken.None) + 1;
                if (await store.TryIssueAsync("x|case", next, CancellationToken.None))
                {
                    return next;
                }
            }
        })));
        Assert.Equal(Enumerable.Range(1, 500), numbers.Order());
        Assert.False(await store.TryIssueAsync("x|case", 500, CancellationToken.None));
        Assert.False(await store.TryIssueAsync("x|case", 502, CancellationToken.None));
        Assert.Equal(500, await store.LastAsync("x|case", CancellationToken.None));
        Assert.Equal(1, await store.LastAsync("robidus|FEF31C6B-48E8-44C5-9913-27785D37D12D", CancellationToken.None));
    }

    [Fact]
    public async Task A_case_numbered_meanwhile_elsewhere_takes_the_next_free_number_and_past_999_falls_out_without_spending_one()
    {
        var store = new InMemoryCaseSequenceStore();
        var harness = await Harness.CreateAsync(sequences: new NumberedElsewhere(store, CaseKey, alreadyIssued: 5));

        var message = Assert.Single((await harness.NewAbsenceAsync(TestRows.Absence())).Messages);

        Assert.Equal(6, message.Sequence);
        Assert.Equal("6", Harness.Absence(message, "VrzmgvlVnrMld"));
        Assert.Equal(6, await store.LastAsync(CaseKey, CancellationToken.None));

        var full = new InMemoryCaseSequenceStore();
        var exhausted = await Harness.CreateAsync(sequences: new NumberedElsewhere(full, CaseKey, alreadyIssued: 999));
        var result = await exhausted.NewAbsenceAsync(TestRows.Absence());

        Assert.Empty(result.Messages);
        Assert.Contains("999", Assert.Single(result.Failures).Reason, StringComparison.Ordinal);
        Assert.Equal(999, await full.LastAsync(CaseKey, CancellationToken.None));
    }

    /// <summary>Another node numbered the case after this one read its last number: the first read is stale (0).</summary>
    private sealed class NumberedElsewhere : ICaseSequenceStore
    {
        private readonly InMemoryCaseSequenceStore _inner;
        private bool _staleRead = true;

        public NumberedElsewhere(InMemoryCaseSequenceStore inner, string caseKey, int alreadyIssued)
        {
            _inner = inner;
            for (var number = 1; number <= alreadyIssued; number++)
            {
                Assert.True(inner.TryIssueAsync(caseKey, number, CancellationToken.None).Result);
            }
        }

        public Task<int> LastAsync(string caseKey, CancellationToken cancellationToken)
        {
            if (_staleRead)
            {
                _staleRead = false;
                return Task.FromResult(0);
            }
            return _inner.LastAsync(caseKey, cancellationToken);
        }

        public Task<bool> TryIssueAsync(string caseKey, int number, CancellationToken cancellationToken) => _inner.TryIssueAsync(caseKey, number, cancellationToken);
    }
}
