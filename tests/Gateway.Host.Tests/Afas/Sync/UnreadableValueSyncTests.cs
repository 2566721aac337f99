using Afas.Simulator.Faults;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Tests.Sync;

/// <summary>
/// A value AFAS sends that cannot be read: the row is still stored (the text as it arrived, so a correction is a
/// change), no import uitval, and conversion sends every message that does not read the field, with a note.
/// </summary>
public sealed class UnreadableValueSyncTests
{
    [Fact]
    public async Task A_row_with_an_unreadable_value_is_stored_and_compared_and_its_messages_are_sent_with_a_note()
    {
        await using var harness = await SyncHarness.StartAsync(employees: 80, seed: 31);
        await harness.ActivateAllAsync();
        harness.Afas.Simulator.Faults.Inject(AfasConnectorIds.MedewerkerGegevens,
            new SimulatedFault(SimulatedFaultKind.UnreadableValues) { Field = MedewerkerGegevensFields.Uren_Zo, CorruptEvery = 5 }, requests: 100);

        var first = await harness.RunAllAsync();

        Assert.All(first.Values, r => Assert.Equal(0, r.Uitval));
        var state = await harness.StateAsync(AfasConnectorIds.MedewerkerGegevens);
        var unreadable = state.Where(s => s.Value.Contains("\"Uren_Zo\":\"#onleesbaar#\"", StringComparison.Ordinal)).Select(s => s.Key).ToHashSet();
        Assert.Equal((state.Count + 4) / 5, unreadable.Count);

        var result = await harness.ConvertStoredAsync("2025");
        Assert.True(result.Failures.Count == 0, string.Join("\n", result.Failures.Take(5)));
        var employees = unreadable.Select(k => k.Split('|')[0]).ToHashSet(StringComparer.Ordinal);
        var sent = result.Messages.Where(m => m.MessageName == "Dienstverbanden").Select(m => "{" + m.SubjectKey + "}").ToHashSet(StringComparer.Ordinal);
        Assert.Subset(sent, employees);
        Assert.NotEmpty(result.Notes);
        Assert.All(result.Notes, n => Assert.Equal(MedewerkerGegevensFields.Uren_Zo, n.Field));
        Assert.Contains(result.Notes, n => n.Connector == AfasConnectorIds.Verzuim);

        harness.Afas.Simulator.Faults.Clear();
        // the correction changes every fifth record: above the mass-change guard's default 20 %, which would hold it
        harness.Integration.MassChange.Share = 0.5;
        var corrected = await harness.RunAsync(AfasConnectorIds.MedewerkerGegevens);

        Assert.Equal((0, unreadable.Count, 0), (corrected.New, corrected.Changed, corrected.Gone));
        await using var context = harness.Database.CreateContext();
        var changes = await context.SourceMutations.AsNoTracking().Where(m => m.Kind == Gateway.Core.Pulls.MutationKind.Changed).ToListAsync();
        Assert.All(changes, c => Assert.Equal(nameof(MedewerkerGegevensRow.Uren_Zo), c.ChangedFields));
        Assert.Equal(unreadable, changes.Select(c => c.RecordKey).ToHashSet());
    }
}
