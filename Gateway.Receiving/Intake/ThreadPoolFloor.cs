namespace Gateway.Receiving.Intake;

/// <summary>
/// A run's SFTP sessions (the intake's and the Retourmelding pump's) block a pool thread for every call they make, and
/// a call waits a round trip to the partner; with the pool's default floor (one worker per core) the register's own
/// continuations then queue behind them until the pool grows, which it does slowly. Measured with 10,000 files
/// (docs/benchmarks.md, "Receiving"): twice the files per second with a floor of 16 workers. Only ever raises the floor.
/// </summary>
internal static class ThreadPoolFloor
{
    public const int Workers = 16;

    public static void Ensure()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < Workers)
        {
            ThreadPool.SetMinThreads(Workers, completionPorts);
        }
    }
}
