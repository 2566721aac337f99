using Gateway.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace Gateway.Core.Tests.Persistence;

/// <summary>A damaged SQLite file is refused at start with a message that says what to do, and is left as it was.</summary>
public sealed class CorruptDatabaseTests : IDisposable
{
    private readonly string _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gateway-corrupt-" + Guid.NewGuid().ToString("N"))).FullName;

    private string DatabaseFile => Path.Combine(_directory, "gateway.db");

    private GatewayDatabase Database => new(new DatabaseOptions { ConnectionString = $"Data Source={DatabaseFile}" });

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_alone()
    {
        await File.WriteAllTextAsync(DatabaseFile, "this is not an SQLite database, but long enough to look like a header of one........");
        var before = await File.ReadAllBytesAsync(DatabaseFile);

        var refused = await Assert.ThrowsAsync<CorruptDatabaseException>(() => Database.MigrateAsync(default));

        Assert.Contains(DatabaseFile, refused.Message, StringComparison.Ordinal);
        Assert.Contains("restore the file from a backup", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(DatabaseFile));
    }

    [Fact]
    public async Task A_database_with_a_damaged_page_is_refused_naming_what_quick_check_found()
    {
        await Database.MigrateAsync(default);
        await using (var context = Database.CreateContext())
        {
            for (var i = 0; i < 400; i++)
            {
                context.AuditLog.Add(new Audit.AuditEntry { User = "test", Action = "fill", Target = new string('x', 300), AtUtc = DateTime.UtcNow });
            }
            await context.SaveChangesAsync();
        }
        var rootPage = await CheckpointAsync();
        DamagePage(rootPage);

        var refused = await Assert.ThrowsAsync<CorruptDatabaseException>(() => Database.MigrateAsync(default));

        Assert.Contains("quick_check", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("quick_check: ok", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_run_refuses_a_damaged_database_with_one_message_and_no_stack_trace()
    {
        await File.WriteAllTextAsync(DatabaseFile, "this is not an SQLite database, but long enough to look like a header of one........");
        var before = await File.ReadAllBytesAsync(DatabaseFile);
        var config = Path.Combine(_directory, "gateway.json");
        await File.WriteAllTextAsync(config, """{"Gateway":{"SecretKeyFile":"secret.key","Database":{"ConnectionString":"Data Source=@FILE@"},"Health":{"Urls":""}}}"""
            .Replace("@FILE@", DatabaseFile, StringComparison.Ordinal));

        var (exit, output) = await Gateway.Tests.Shared.ProcessRunner.RunAsync(Path.Combine(AppContext.BaseDirectory, "gateway"), ["run", "--config", config],
            TimeSpan.FromSeconds(60), _directory);

        Assert.True(exit == 2, $"exit {exit}\n{output}");
        Assert.Contains($"gateway: the database {DatabaseFile} is damaged", output, StringComparison.Ordinal);
        Assert.Contains("restore the file from a backup", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(DatabaseFile));
    }

    [Fact]
    public async Task A_healthy_database_and_a_missing_one_both_start()
    {
        await Database.MigrateAsync(default);
        await Database.MigrateAsync(default);
        Assert.True(File.Exists(DatabaseFile));
    }

    /// <summary>Moves everything from the WAL into the file; returns the root page of the audit table's b-tree.</summary>
    private async Task<long> CheckpointAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
        await command.ExecuteNonQueryAsync();
        command.CommandText = "SELECT rootpage FROM sqlite_master WHERE name = 'AuditLog';";
        var rootPage = (long)(await command.ExecuteScalarAsync())!;
        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();
        return rootPage;
    }

    /// <summary>Overwrites the page header and first cell pointers of a b-tree page (page numbers start at 1).</summary>
    private void DamagePage(long page)
    {
        const int PageSize = 4096;
        using var file = new FileStream(DatabaseFile, FileMode.Open, FileAccess.ReadWrite);
        file.Position = (page - 1) * PageSize;
        file.Write(Enumerable.Repeat((byte)0xFF, 32).ToArray());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
