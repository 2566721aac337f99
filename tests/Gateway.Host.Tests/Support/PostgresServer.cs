using Gateway.Core.Persistence;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// A real PostgreSQL 15 server (Debian package) on a free loopback port, in its own data folder, run as the
/// postgres user; stopped by PID when the test collection ends. Absent when not root or PostgreSQL is missing.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private string? _dataDir;

    public static string? UnavailableReason =>
        !File.Exists(Path.Combine(Bin, "pg_ctl")) ? "PostgreSQL 15 is not installed (apt-get install postgresql)"
        : Environment.UserName != "root" ? "starting PostgreSQL as the postgres user needs root"
        : null;

    public int Port { get; private set; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=gateway;Database={database};Pooling=false;Timeout=15";

    /// <summary>A new empty database, migrated.</summary>
    public async Task<GatewayDatabase> CreateDatabaseAsync()
    {
        var database = new GatewayDatabase(await CreateEmptyDatabaseAsync());
        await database.MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>A new database without any tables.</summary>
    public async Task<DatabaseOptions> CreateEmptyDatabaseAsync()
    {
        var name = "gw_" + Guid.NewGuid().ToString("N")[..12];
        var (code, output) = await ProcessRunner.RunAsync("/usr/sbin/runuser",
            ["-u", "postgres", "--", Path.Combine(Bin, "createdb"), "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "gateway", name],
            TimeSpan.FromSeconds(30));
        if (code != 0)
        {
            throw new InvalidOperationException("createdb failed: " + output);
        }
        return new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = ConnectionString(name) };
    }

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }
        _dataDir = Path.Combine("/tmp", "gateway-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dataDir);
        await ProcessRunner.RunAsync("/bin/chown", ["postgres:postgres", _dataDir], TimeSpan.FromSeconds(10));
        var init = await RunAsPostgres("initdb", ["-D", Path.Combine(_dataDir, "data"), "-U", "gateway", "--auth=trust", "-E", "UTF8", "--no-sync"]);
        if (init.ExitCode != 0)
        {
            throw new InvalidOperationException("initdb failed: " + init.Output);
        }
        Port = FreePort.Next();
        await ResumeAsync();
    }

    /// <summary>Starts the server (again) on its port with its data: after <see cref="PauseAsync"/> it answers as before.</summary>
    public async Task ResumeAsync()
    {
        var options = $"-p {Port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var start = await RunAsPostgres("pg_ctl", ["-D", Path.Combine(_dataDir!, "data"), "-l", Path.Combine(_dataDir!, "log"), "-o", options, "-w", "-t", "60", "start"]);
        if (start.ExitCode != 0)
        {
            throw new InvalidOperationException("pg_ctl start failed: " + start.Output);
        }
    }

    /// <summary>Stops the server (fast shutdown, as a database that goes down) and keeps its data for <see cref="ResumeAsync"/>.</summary>
    public async Task PauseAsync()
    {
        var pidFile = Path.Combine(_dataDir!, "data", "postmaster.pid");
        if (File.Exists(pidFile) && int.TryParse((await File.ReadAllLinesAsync(pidFile))[0], out var pid))
        {
            await ProcessRunner.RunAsync("/bin/kill", ["-INT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
            for (var i = 0; i < 100 && File.Exists(pidFile); i++)
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_dataDir is null)
        {
            return;
        }
        await PauseAsync();
        Directory.Delete(_dataDir, recursive: true);
    }

    private static Task<(int ExitCode, string Output)> RunAsPostgres(string tool, IEnumerable<string> arguments) =>
        ProcessRunner.RunAsync("/usr/sbin/runuser", ["-u", "postgres", "--", Path.Combine(Bin, tool), .. arguments], TimeSpan.FromSeconds(90));
}

[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
