namespace Gateway.Host.Mapping.Conversion;

/// <summary>
/// Runs independent units of work (an employer, an employee, a case) in parallel, each into its own result, and
/// merges the results in input order, so output order does not depend on timing.
/// </summary>
public static class OrderedWork
{
    public static async Task RunAsync<T>(IReadOnlyList<T> items, int degree, ConversionResult into,
        Func<T, ConversionResult, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var results = new ConversionResult[items.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degree), CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var result = new ConversionResult();
                await work(items[index], result, token).ConfigureAwait(false);
                results[index] = result;
            }).ConfigureAwait(false);
        foreach (var result in results)
        {
            into.Messages.AddRange(result.Messages);
            into.Failures.AddRange(result.Failures);
            into.Skipped.AddRange(result.Skipped);
            into.Notes.AddRange(result.Notes);
        }
    }
}
