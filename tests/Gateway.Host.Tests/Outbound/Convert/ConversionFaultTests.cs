using Gateway.Outbound.Convert.Sequencing;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>
/// A fault in one record's conversion (anything but a mapping error: here the sequence store of one case throws)
/// becomes uitval for that record, naming the exception type but not its message, and the other records convert.
/// Before, the exception ended the whole batch and the account's conversion stopped on it for good.
/// </summary>
public sealed class ConversionFaultTests
{
    private const string BrokenCase = "{9A0B1C2D-0000-4000-8000-00000000F417}";

    [Fact]
    public async Task A_faulting_case_falls_out_alone_without_its_exception_message()
    {
        var harness = await Harness.CreateAsync(sequences: new FaultyForOneCase(new InMemoryCaseSequenceStore()));
        var healthy = TestRows.Absence();
        var broken = TestRows.Absence("{0E0E0E0E-0000-4000-8000-00000000F417}", BrokenCase);

        var result = await harness.NewAbsenceAsync(healthy, broken);

        var message = Assert.Single(result.Messages);
        Assert.Equal("1", Harness.Absence(message, "VrzmgvlVnrMld"));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("Newdays_Connect_Verzuim_v1", failure.Connector);
        Assert.Equal(broken.Key.Value, failure.RecordKey);
        Assert.Contains("InvalidOperationException", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(FaultyForOneCase.Secret, failure.Reason, StringComparison.Ordinal);
    }

    /// <summary>Fault injection: the store throws, with a message that must not reach uitval, for one case only.</summary>
    private sealed class FaultyForOneCase(ICaseSequenceStore inner) : ICaseSequenceStore
    {
        public const string Secret = "123456782";

        public Task<int> LastAsync(string caseKey, CancellationToken cancellationToken) => caseKey.Contains("F417", StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException("value " + Secret)
            : inner.LastAsync(caseKey, cancellationToken);

        public Task<bool> TryIssueAsync(string caseKey, int number, CancellationToken cancellationToken) => inner.TryIssueAsync(caseKey, number, cancellationToken);
    }
}
