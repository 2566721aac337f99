namespace Gateway.Core.Persistence;

/// <summary>The SQLite database failed its integrity check; the gateway does not start on it.</summary>
public sealed class CorruptDatabaseException(string path, IReadOnlyList<string> problems)
    : Exception($"the database {path} is damaged (SQLite quick_check: {string.Join("; ", problems.Select(p => p.ReplaceLineEndings(" ")))}); "
        + "the gateway does not start on it: stop every gateway process, restore the file from a backup (or move it aside to start empty) and start again")
{
    public string DatabasePath { get; } = path;
}
