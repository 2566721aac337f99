using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Persistence;

/// <summary>Creates contexts for the configured provider and brings the schema up to date.</summary>
public sealed class GatewayDatabase(DatabaseOptions options)
{
    public DatabaseOptions Options { get; } = options;

    public GatewayDbContext CreateContext() => Options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteGatewayDbContext(new DbContextOptionsBuilder<SqliteGatewayDbContext>()
            .UseSqlite(Options.EffectiveConnectionString).Options),
        DatabaseProvider.Postgres => new PostgresGatewayDbContext(new DbContextOptionsBuilder<PostgresGatewayDbContext>()
            .UseNpgsql(Options.EffectiveConnectionString).Options),
        _ => throw new InvalidOperationException($"unknown database provider {Options.Provider}"),
    };


    /// <summary>
    /// Applies pending migrations (one process at a time, <see cref="MigrationLock"/>); for SQLite first refuses a damaged
    /// file (<see cref="SqliteIntegrityCheck"/>, throws <see cref="CorruptDatabaseException"/>), creates the folder (0700)
    /// and an empty database file readable by the gateway's user only (0600; SQLite gives its journal and WAL files
    /// the database's mode), and turns on WAL.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (Options.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(Options.EffectiveConnectionString);
            var path = Path.GetFullPath(builder.DataSource);
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                CreatePrivateFolder(folder);
            }
            if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:")
            {
                CreatePrivateFile(path);
            }
            await SqliteIntegrityCheck.ThrowIfCorruptAsync(Options.EffectiveConnectionString, cancellationToken).ConfigureAwait(false);
        }
        await using var context = CreateContext();
        await MigrationLock.RunAsync(Options, () => context.Database.MigrateAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        if (Options.Provider == DatabaseProvider.Sqlite)
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (OperatingSystem.IsWindows() || Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            return;
        }
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Creates the database file empty with mode 0600 when it does not exist (an empty file is an empty database).</summary>
    private static void CreatePrivateFile(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path))
        {
            return;
        }
        try
        {
            using var file = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // another process created it first
        }
    }
}
