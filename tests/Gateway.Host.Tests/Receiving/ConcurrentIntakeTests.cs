using Gateway.Host.Tests.Support;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Tests.Support;
using Microsoft.EntityFrameworkCore;

using static Gateway.Receiving.Tests.Support.ReceivingMessages;

namespace Gateway.Receiving.Tests;

/// <summary>Files processed in parallel, out of order, for two accounts: the chains still end complete and in order.</summary>
[Collection(PostgresGroup.Name)]
public class ConcurrentIntakeTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_shuffled_parallel_burst_ends_with_every_case_applied_in_sequence(string provider)
    {
        await using var harness = await ReceivingHarness.CreateAsync(provider, postgres);
        var beta = ReceivingAccount.Create("beta", ReceivingHarness.DefaultAccountOptions());
        var files = new List<(ReceivingAccount Account, byte[] Content, string Path)>();
        foreach (var account in new[] { harness.Account, beta })
        {
            foreach (var caseId in new[] { "CASE-A", "CASE-B" })
            {
                for (var sequence = 1; sequence <= 6; sequence++)
                {
                    files.Add((account, Bytes(Absence(caseId, sequence, sequence == 1 ? "01" : "02")), $"/inbox/VZ-{caseId}-{sequence}.xml"));
                }
            }
        }
        // the starts first (a change for a case not yet started is refused by design), then the rest shuffled
        var starts = await SendAllAsync(harness, files.Where(f => f.Path.EndsWith("-1.xml", StringComparison.Ordinal)));
        var rest = await SendAllAsync(harness, files.Where(f => !f.Path.EndsWith("-1.xml", StringComparison.Ordinal)).OrderBy(_ => Random.Shared.Next()));

        var all = starts.Concat(rest).SelectMany(o => o.Flatten()).ToList();
        Assert.Equal(24, all.Count(o => o.Status == ReceivedFileStatus.Processed));
        Assert.DoesNotContain(all, o => o.Status == ReceivedFileStatus.Refused);
        await using var context = harness.Register.CreateContext();
        Assert.Equal(4, await context.AbsenceCases.CountAsync(c => c.LastSequence == 6));
        Assert.False(await context.Files.AnyAsync(f => f.Status != ReceivedFileStatus.Processed));
        foreach (var absenceCase in await context.AbsenceCases.ToListAsync())
        {
            var applied = await context.AbsenceMessages.Where(m => m.CaseId == absenceCase.Id).OrderBy(m => m.Id).Select(m => m.Sequence).ToListAsync();
            Assert.Equal([1, 2, 3, 4, 5, 6], applied);
        }
    }

    private static Task<ReceivedFileOutcome[]> SendAllAsync(ReceivingHarness harness, IEnumerable<(ReceivingAccount Account, byte[] Content, string Path)> files) =>
        Task.WhenAll(files.Select(file => Task.Run(async () =>
        {
            using var stream = new MemoryStream(file.Content);
            return await harness.Processor.ProcessAsync(file.Account, file.Path, stream, processingBlocked: false, CancellationToken.None);
        })));
}
