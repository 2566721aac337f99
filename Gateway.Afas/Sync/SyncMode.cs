namespace Gateway.Afas.Sync;

/// <summary>Which selection a pull makes.</summary>
public enum SyncMode
{
    /// <summary>Everything the connector returns (Verzuim: the window of open cases and those closed within WindowDays).</summary>
    Full = 1,

    /// <summary>Verzuim after go-live: what changed within RecentDays. Never infers deletions.</summary>
    Recent = 2,
}
