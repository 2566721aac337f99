using System.Text;
using Gateway.Core.Persistence;
using Gateway.Host.Tests.Support;
using Gateway.Outbound.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Tests.Accounts;

/// <summary><c>gateway accounts list|block|restart</c> against a configured database.</summary>
public sealed class AccountsCommandTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-accounts-" + Guid.NewGuid().ToString("N"));
    private string _config = "";
    private GatewayDatabase _database = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _config = Path.Combine(_directory, "gateway.json");
        var db = Path.Combine(_directory, "gateway.db");
        await File.WriteAllTextAsync(_config, $$"""
            { "Gateway": { "Database": { "ConnectionString": "Data Source={{db}}" },
              "Accounts": { "arbo": { "Delivery": { "Kind": "Folder", "Folder": "{{_directory}}/out" } } } } }
            """);
        _database = new GatewayDatabase(new DatabaseOptions { ConnectionString = $"Data Source={db}" });
        await _database.MigrateAsync(default);
    }

    [Fact]
    public async Task Block_shows_held_messages_and_restart_with_discard_audits_each_one()
    {
        Assert.Equal(0, (await RunAsync("accounts", "block", "arbo", "--reason", "start-up procedure", "--user", "fb", "--config", _config)).Exit);
        await AddAsync("A-1");
        await AddAsync("A-2");

        var (_, list, _) = await RunAsync("accounts", "list", "--json", "--config", _config);
        var status = System.Text.Json.JsonDocument.Parse(list.Trim()).RootElement;
        Assert.True(status.GetProperty("blocked").GetBoolean());
        Assert.Equal(2, status.GetProperty("held").GetInt32());

        var (exit, output, _) = await RunAsync("accounts", "restart", "arbo", "--pending", "Discard", "--user", "fb", "--config", _config);
        Assert.Equal(0, exit);
        Assert.Contains("2 held messages discarded", output, StringComparison.Ordinal);
        await using var context = _database.CreateContext();
        var audit = await context.AuditLog.OrderBy(a => a.Id).Select(a => new { a.User, a.Action, a.Target }).ToListAsync();
        Assert.Equal(["account.block", "message.discard", "message.discard", "account.restart.discard"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("fb", a.User));
    }

    [Fact]
    public async Task An_unknown_account_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync("accounts", "block", "nobody", "--config", _config);
        Assert.Equal(2, exit);
        Assert.Contains("account 'nobody' is not configured", error, StringComparison.Ordinal);
    }

    private async Task AddAsync(string berrefnr)
    {
        await using var context = _database.CreateContext();
        await LedgerWriter.AddAsync(context, new NewLedgerMessage("arbo", "Verzuimmeldingen", "2025", "A", berrefnr, $"VZ_{berrefnr}.xml", Encoding.UTF8.GetBytes("<x/>")), DateTime.UtcNow, default);
        await context.SaveChangesAsync();
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => GatewayCliRunner.RunAsync(args);

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
