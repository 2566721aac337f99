using System.Data.Common;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Receiving.Register;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Persistence;

/// <summary>
/// The drift check: each context's model equals its model snapshot (written by <c>dotnet ef migrations add</c>), and the
/// migrations build exactly the schema the model describes — every table, column (type, nullability) and index — on
/// both providers, so a model change without its migration fails here.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class ModelSnapshotTests(PostgresServer postgres)
{
    public static TheoryData<string> Providers() => TestDatabases.Providers();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Every_context_model_equals_its_snapshot(DatabaseProvider provider)
    {
        // the snapshot is compared without connecting
        var options = new DatabaseOptions { Provider = provider, ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=unused.db" : "Host=unused" };
        using var gateway = new GatewayDatabase(options).CreateContext();
        using var register = new ReceivingDatabase(options).CreateContext();

        Assert.False(gateway.Database.HasPendingModelChanges(), $"{gateway.GetType().Name}: the model has changes its snapshot lacks: add a migration (docs/operations.md, Schema changes)");
        Assert.False(register.Database.HasPendingModelChanges(), $"{register.GetType().Name}: the model has changes its snapshot lacks: add a migration (docs/operations.md, Schema changes)");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_migrations_build_the_schema_the_model_describes(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("gateway-drift-").FullName;
        try
        {
            var migrated = await EmptyAsync(provider, Path.Combine(folder, "migrated.db"));
            await new ReceivingDatabase(migrated).MigrateAsync(CancellationToken.None);

            var fromModel = await EmptyAsync(provider, Path.Combine(folder, "model.db"));
            await using (var gateway = new GatewayDatabase(fromModel).CreateContext())
            {
                await gateway.Database.ExecuteSqlRawAsync(gateway.Database.GenerateCreateScript());
            }
            await using (var register = new ReceivingDatabase(fromModel).CreateContext())
            {
                await register.Database.ExecuteSqlRawAsync(register.Database.GenerateCreateScript());
            }

            var expected = await DescribeAsync(fromModel);
            var actual = await DescribeAsync(migrated);
            Assert.True(expected.Count > 100, $"only {expected.Count} schema facts read");
            var missing = expected.Except(actual).ToList();
            var extra = actual.Except(expected).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"the migrated schema differs from the model; missing: {string.Join("; ", missing)}; not in the model: {string.Join("; ", extra)}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<DatabaseOptions> EmptyAsync(string provider, string sqliteFile) => provider == "sqlite"
        ? new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={sqliteFile};Pooling=False" }
        : await postgres.CreateEmptyDatabaseAsync();

    /// <summary>One line per table column (type, nullability) and per index (unique, columns), history tables left out.</summary>
    private static async Task<SortedSet<string>> DescribeAsync(DatabaseOptions options)
    {
        await using var context = new GatewayDatabase(options).CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        return options.Provider == DatabaseProvider.Sqlite
            ? await ReadAsync(connection, """
                SELECT 'column ' || m.name || '.' || c.name || ' ' || upper(c.type) || CASE c."notnull" WHEN 1 THEN ' not null' ELSE '' END || CASE WHEN c.pk > 0 THEN ' pk' || c.pk ELSE '' END
                FROM sqlite_master m JOIN pragma_table_info(m.name) c
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '\_\_%' ESCAPE '\'
                UNION ALL
                SELECT 'index ' || m.name || ' ' || i.name || CASE i."unique" WHEN 1 THEN ' unique' ELSE '' END || ' (' || (SELECT group_concat(x.name, ',') FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno) x) || ')'
                FROM sqlite_master m JOIN pragma_index_list(m.name) i
                WHERE m.type = 'table' AND i.origin = 'c' AND m.name NOT LIKE '\_\_%' ESCAPE '\'
                """)
            : await ReadAsync(connection, """
                SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || CASE is_nullable WHEN 'NO' THEN ' not null' ELSE '' END || coalesce(' default ' || column_default, '') || CASE is_identity WHEN 'YES' THEN ' identity ' || identity_generation ELSE '' END
                FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_%'
                UNION ALL
                SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_%'
                """);
    }

    private static async Task<SortedSet<string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            facts.Add(reader.GetString(0));
        }
        return facts;
    }
}
