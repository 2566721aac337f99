using System.Data.Common;
using Gateway.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Receiving.Register;

/// <summary>
/// Creates <see cref="ReceivingDbContext"/>s on the gateway's database (same <see cref="DatabaseOptions"/> as
/// <see cref="GatewayDatabase"/>) and brings the register's own tables up to date, tracked in
/// <c>__ReceivingMigrationsHistory</c>.
/// </summary>
public sealed class ReceivingDatabase(DatabaseOptions options)
{
    public const string MigrationsHistoryTable = "__ReceivingMigrationsHistory";

    public DatabaseOptions Options { get; } = options;

    /// <summary>The register on the database <paramref name="gateway"/> uses.</summary>
    public static ReceivingDatabase On(GatewayDatabase gateway) => new(gateway.Options);

    public ReceivingDbContext CreateContext() => Options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteReceivingDbContext(new DbContextOptionsBuilder<SqliteReceivingDbContext>()
            .UseSqlite(Options.EffectiveConnectionString, o => o.MigrationsHistoryTable(MigrationsHistoryTable)).Options),
        DatabaseProvider.Postgres => new PostgresReceivingDbContext(new DbContextOptionsBuilder<PostgresReceivingDbContext>()
            .UseNpgsql(Options.EffectiveConnectionString, o => o.MigrationsHistoryTable(MigrationsHistoryTable)).Options),
        _ => throw new InvalidOperationException($"unknown database provider {Options.Provider}"),
    };

    /// <summary>
    /// A context on an open connection of the gateway's database, enlisted in its transaction: register work that must
    /// commit together with the gateway's (account control's restart, with its state and audit entries).
    /// </summary>
    public ReceivingDbContext CreateContext(DbConnection connection, DbTransaction transaction)
    {
        ReceivingDbContext context = Options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteReceivingDbContext(new DbContextOptionsBuilder<SqliteReceivingDbContext>()
                .UseSqlite(connection, o => o.MigrationsHistoryTable(MigrationsHistoryTable)).Options),
            DatabaseProvider.Postgres => new PostgresReceivingDbContext(new DbContextOptionsBuilder<PostgresReceivingDbContext>()
                .UseNpgsql(connection, o => o.MigrationsHistoryTable(MigrationsHistoryTable)).Options),
            _ => throw new InvalidOperationException($"unknown database provider {Options.Provider}"),
        };
        context.Database.UseTransaction(transaction);
        return context;
    }

    /// <summary>
    /// Applies the gateway's pending migrations (the register writes its events into the gateway's outbox), then the
    /// register's own; for SQLite also creates the folder and turns on WAL.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await new GatewayDatabase(Options).MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (Options.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(Options.EffectiveConnectionString);
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        await using var context = CreateContext();
        await MigrationLock.RunAsync(Options, () => context.Database.MigrateAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        if (Options.Provider == DatabaseProvider.Sqlite)
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }
}
