using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Core.Persistence;

/// <summary>
/// Inserts new rows of one entity type on a context's connection within its current transaction, without the change
/// tracker: every column but the generated key, each value passed through EF Core's own type mapping for its property
/// (the same value converters and parameter types as <c>SaveChanges</c>, so the stored form is the same: on SQLite a
/// Guid as upper-case text, a DateTime as <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> text). Rows are inserted one statement
/// each in the order given, so generated keys follow that order: on SQLite through one prepared command reused per row
/// (in process, a statement costs no round trip), on PostgreSQL in batches of <see cref="BatchSize"/> statements per
/// round trip. The rows are written when this returns; they commit or roll back with the transaction. The
/// entities are not tracked and their generated keys are not read back.
/// </summary>
public static class RowInserter
{
    /// <summary>Statements per round trip where the provider batches them.</summary>
    public const int BatchSize = 500;

    /// <exception cref="InvalidOperationException">The context has no transaction: rows written outside one would each commit alone.</exception>
    public static async Task InsertAsync<TEntity>(GatewayDbContext context, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken) where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }
        var transaction = context.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException($"inserting {typeof(TEntity).Name} rows needs the context's transaction");
        var table = Table.Of(context, typeof(TEntity));
        var connection = context.Database.GetDbConnection();
        if (connection.CanCreateBatch)
        {
            await InsertBatchedAsync(connection, transaction, table, rows, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await InsertPreparedAsync(connection, transaction, table, rows, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task InsertPreparedAsync<TEntity>(DbConnection connection, DbTransaction transaction, Table table, IReadOnlyList<TEntity> rows,
        CancellationToken cancellationToken) where TEntity : class
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = table.InsertSql;
        var parameters = new DbParameter[table.Columns.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = table.Columns[i].Parameter(command, i, rows[0]);
            command.Parameters.Add(parameters[i]);
        }
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        for (var row = 0; row < rows.Count; row++)
        {
            if (row > 0)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = table.Columns[i].Value(rows[row]);
                }
            }
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task InsertBatchedAsync<TEntity>(DbConnection connection, DbTransaction transaction, Table table, IReadOnlyList<TEntity> rows,
        CancellationToken cancellationToken) where TEntity : class
    {
        // EF Core's type mappings make parameters for a command; a scratch one lends them to the batch's commands
        await using var scratch = connection.CreateCommand();
        foreach (var chunk in rows.Chunk(BatchSize))
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var row in chunk)
            {
                var statement = batch.CreateBatchCommand();
                statement.CommandText = table.InsertSql;
                for (var i = 0; i < table.Columns.Length; i++)
                {
                    statement.Parameters.Add(table.Columns[i].Parameter(scratch, i, row));
                }
                batch.BatchCommands.Add(statement);
            }
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A table's insert statement and its columns, from the model.</summary>
    private sealed class Table(string insertSql, Column[] columns)
    {
        public string InsertSql { get; } = insertSql;

        public Column[] Columns { get; } = columns;

        public static Table Of(DbContext context, Type entity)
        {
            var type = context.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model");
            var columns = type.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated.HasFlag(ValueGenerated.OnAdd)))
                .Select(p => new Column(p, p.GetRelationalTypeMapping())).ToArray();
            var names = string.Join(",", columns.Select(c => Quote(c.Property.GetColumnName())));
            var values = string.Join(",", columns.Select((_, i) => "@p" + i));
            return new Table($"INSERT INTO {Quote(type.GetTableName()!)} ({names}) VALUES ({values})", columns);
        }

        private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private sealed class Column(IProperty property, RelationalTypeMapping mapping)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();

        public IProperty Property { get; } = property;

        /// <summary>A parameter for this column made by its type mapping, holding <paramref name="row"/>'s value.</summary>
        public DbParameter Parameter(DbCommand command, int index, object row) =>
            mapping.CreateParameter(command, "@p" + index, _getter.GetClrValueUsingContainingEntity(row), Property.IsNullable);

        /// <summary><paramref name="row"/>'s value as the provider stores it (the mapping's converter applied).</summary>
        public object Value(object row)
        {
            var value = _getter.GetClrValueUsingContainingEntity(row);
            return (mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        }
    }
}
