namespace Gateway.Afas.Client;

/// <summary>
/// Where a pull puts its pages until it is known to be complete (e.g. a staging table). <see cref="CommitAsync"/>
/// is called only after the last page was staged; <see cref="AbandonAsync"/> after any failure, and then nothing
/// staged may become visible.
/// </summary>
public interface IAfasStagingTarget<TRow>
{
    ValueTask StageAsync(AfasPage<TRow> page, CancellationToken cancellationToken);

    ValueTask CommitAsync(AfasPullSummary summary, CancellationToken cancellationToken);

    ValueTask AbandonAsync(CancellationToken cancellationToken);
}
