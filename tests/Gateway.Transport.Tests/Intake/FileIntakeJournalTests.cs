using Gateway.Transport.Intake;

namespace Gateway.Transport.Tests.Intake;

public sealed class FileIntakeJournalTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-journal-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Records_survive_reopening_and_a_torn_last_line_is_ignored()
    {
        var path = Path.Combine(_directory, "intake.jsonl");
        var taken = new IntakeKey("acme-rm", "/out/RM_1.xml", 120, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        var finished = taken with { Path = "/out/RM_2.xml" };
        using (var journal = new FileIntakeJournal(path))
        {
            await journal.RecordTakenAsync(new IntakeJournalEntry(taken, "/staging/RM_1.xml", DateTimeOffset.UtcNow, null));
            await journal.RecordTakenAsync(new IntakeJournalEntry(finished, "/staging/RM_2.xml", DateTimeOffset.UtcNow, null));
            await journal.RecordFinishedAsync(finished, DateTimeOffset.UtcNow);
        }
        await File.AppendAllTextAsync(path, "{\"event\":\"taken\",\"source\":\"acme-rm\",\"pa"); // crash mid-append

        using var reopened = new FileIntakeJournal(path);

        Assert.Equal("/staging/RM_1.xml", (await reopened.FindAsync(taken))!.StagedPath);
        Assert.NotNull((await reopened.FindAsync(finished))!.FinishedAt);
        Assert.Null(await reopened.FindAsync(taken with { Size = 121 }));
        Assert.Equal(taken, Assert.Single(await reopened.ListUnfinishedAsync("acme-rm")).Key);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            reopened.RecordTakenAsync(new IntakeJournalEntry(taken, "/staging/again.xml", DateTimeOffset.UtcNow, null)));
    }

    [Fact]
    public async Task Handled_is_recorded_apart_from_finished_and_an_older_journals_finished_entry_counts_as_handled()
    {
        var path = Path.Combine(_directory, "intake.jsonl");
        var handled = new IntakeKey("acme-vz", "/out/VZ_1.xml", 120, DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        var legacy = handled with { Path = "/out/VZ_2.xml" };
        using (var journal = new FileIntakeJournal(path))
        {
            await journal.RecordTakenAsync(new IntakeJournalEntry(handled, "", DateTimeOffset.UtcNow, null));
            await journal.RecordHandledAsync(handled, DateTimeOffset.UtcNow);
        }
        // a journal line of a version that knew only "taken" and "finished"
        await File.AppendAllLinesAsync(path, [
            "{\"event\":\"taken\",\"source\":\"acme-vz\",\"path\":\"/out/VZ_2.xml\",\"size\":120,\"modifiedUnixMs\":1800000000000,\"stagedPath\":\"/s/VZ_2.xml\",\"at\":\"2027-01-01T00:00:00+00:00\"}",
            "{\"event\":\"finished\",\"source\":\"acme-vz\",\"path\":\"/out/VZ_2.xml\",\"size\":120,\"modifiedUnixMs\":1800000000000,\"stagedPath\":null,\"at\":\"2027-01-01T00:01:00+00:00\"}"]);

        using var reopened = new FileIntakeJournal(path);

        var first = (await reopened.FindAsync(handled))!;
        Assert.NotNull(first.HandledAt);
        Assert.Null(first.FinishedAt);
        Assert.Equal(handled, Assert.Single(await reopened.ListUnfinishedAsync("acme-vz")).Key);
        Assert.Equal(DateTimeOffset.Parse("2027-01-01T00:01:00+00:00", System.Globalization.CultureInfo.InvariantCulture), (await reopened.FindAsync(legacy))!.HandledAt);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
