using Gateway.Afas.Client;

namespace Gateway.Afas.Tests.Client;

/// <summary>An in-memory staging area that records what a pull did with it.</summary>
internal sealed class ListStagingTarget<TRow>(Action<int>? onStage = null) : IAfasStagingTarget<TRow>
{
    public List<TRow> Rows { get; } = [];

    public int StagedPages { get; private set; }

    public AfasPullSummary? Committed { get; private set; }

    public bool Abandoned { get; private set; }

    public ValueTask StageAsync(AfasPage<TRow> page, CancellationToken cancellationToken)
    {
        Rows.AddRange(page.Rows);
        StagedPages++;
        onStage?.Invoke(StagedPages);
        return ValueTask.CompletedTask;
    }

    public ValueTask CommitAsync(AfasPullSummary summary, CancellationToken cancellationToken)
    {
        Committed = summary;
        return ValueTask.CompletedTask;
    }

    public ValueTask AbandonAsync(CancellationToken cancellationToken)
    {
        Abandoned = true;
        Rows.Clear();
        return ValueTask.CompletedTask;
    }
}
