using Microsoft.Data.Sqlite;

namespace Gateway.Core.Persistence;

/// <summary>
/// Refuses to start on a damaged SQLite file: SQLite's <c>quick_check</c> (every page and b-tree, without the slower
/// index-to-table comparison) must answer "ok". A file that is not a database at all is refused the same way. A missing
/// file is fine: migrating creates it.
/// </summary>
internal static class SqliteIntegrityCheck
{
    private const int MaxReportedProblems = 5;

    public static async Task ThrowIfCorruptAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = Path.GetFullPath(builder.DataSource);
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return;
        }
        builder.Mode = SqliteOpenMode.ReadOnly;
        var problems = new List<string>();
        try
        {
            await using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA quick_check({MaxReportedProblems});";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                problems.Add(reader.GetString(0));
            }
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 11 or 26)
        {
            // SQLITE_CORRUPT, SQLITE_NOTADB
            problems = [exception.Message];
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
        if (problems is ["ok"])
        {
            return;
        }
        throw new CorruptDatabaseException(path, problems);
    }
}
