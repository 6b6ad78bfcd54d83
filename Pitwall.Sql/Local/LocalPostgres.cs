using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pitwall.Sql.Database;

namespace Pitwall.Sql.Local;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own binaries: the embedded database
/// of <c>make run</c> (a fixed port, data kept between runs) and the throwaway servers of
/// the tests (a free port, deleted afterwards). Loopback only, trust authentication.
/// initdb refuses to run as root, so as root the cluster runs as the 'postgres' user.
/// </summary>
public sealed class LocalPostgres
{
    public const string InstallHint = "PostgreSQL server binaries not found: install them (Debian: apt-get install postgresql) or set DATABASE_URL.";

    readonly ILogger _logger;
    readonly string _bin;
    readonly string? _runAs;

    public LocalPostgres(string dataDir, int port, ILogger logger, string database = "pitwall")
    {
        DataDir = Path.GetFullPath(dataDir);
        Port = port;
        Database = database;
        _logger = logger;
        _bin = FindBinaries() ?? throw new LocalPostgresException(InstallHint);
        _runAs = AsRoot ? ServiceUser : null;
    }

    const string ServiceUser = "postgres";

    /// <summary>As root, the cluster runs as the 'postgres' user (initdb refuses root).</summary>
    public static bool AsRoot => Environment.UserName == "root";

    /// <summary>Whether the 'postgres' user can enter the folder (every folder above it must let it through).</summary>
    public static bool ServiceUserCanReach(string folder)
    {
        var psi = new ProcessStartInfo("runuser") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var a in new[] { "-u", ServiceUser, "--", "test", "-x", folder }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start runuser");
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    public string DataDir { get; }
    public int Port { get; }
    public string Database { get; }

    public string ConnectionString(string? database = null) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "pitwall", Database = database ?? Database,
    }.ConnectionString;

    /// <summary>Creates the cluster when missing, starts it unless it already runs, and creates the database.</summary>
    public async Task StartAsync(IEnumerable<string>? serverSettings = null, CancellationToken ct = default)
    {
        Directory.CreateDirectory(DataDir);
        if (_runAs is not null)
        {
            await RunAsync("chown", ["-R", _runAs, DataDir], asUser: false, ct);
            if (await RunAsync("test", ["-w", DataDir], asUser: true, ct, check: false) != 0)
                throw new LocalPostgresException(
                    $"The '{_runAs}' user cannot reach {DataDir} (a folder above it is closed to other users): " +
                    "set PITWALL_DATA_DIR to a folder it can reach, move the working copy, or set DATABASE_URL.");
        }

        if (!File.Exists(Path.Combine(DataDir, "PG_VERSION")))
        {
            _logger.LogInformation("Creating embedded PostgreSQL cluster in {DataDir}", DataDir);
            await RunAsync(Path.Combine(_bin, "initdb"),
                ["-D", DataDir, "-U", "pitwall", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-instructions"], asUser: true, ct);
        }

        if (await IsRunningAsync(ct))
        {
            _logger.LogInformation("Embedded PostgreSQL already running on 127.0.0.1:{Port}", Port);
        }
        else
        {
            var options = new List<string> { "-c listen_addresses=127.0.0.1", $"-p {Port}", SocketOption(DataDir, Port) };
            options.AddRange((serverSettings ?? []).Select(s => $"-c {s}"));
            await RunAsync(Path.Combine(_bin, "pg_ctl"),
                ["start", "-w", "-t", "60", "-D", DataDir, "-l", Path.Combine(DataDir, "server.log"), "-o", string.Join(' ', options)],
                asUser: true, ct);
            _logger.LogInformation("Embedded PostgreSQL started on 127.0.0.1:{Port} with data in {DataDir}", Port, DataDir);
        }
        await CreateDatabaseAsync(Database, ct: ct);
    }

    /// <summary>A unix socket's path may hold 107 bytes.</summary>
    const int SocketPathMax = 107;

    /// <summary>
    /// Where the server's unix socket goes: its data folder, beside its files, when the socket's
    /// path fits; none otherwise (a deep working copy, a test's folder), since Pitwall and the
    /// tests connect over loopback TCP alone and PostgreSQL would refuse to start.
    /// </summary>
    public static string SocketOption(string dataDir, int port) =>
        System.Text.Encoding.UTF8.GetByteCount(Path.Combine(dataDir, $".s.PGSQL.{port}")) <= SocketPathMax
            ? $"-k {dataDir}"
            : "-c unix_socket_directories=''";

    /// <param name="template">A database to copy (the tests' migrated templates); an empty one when null.</param>
    public async Task CreateDatabaseAsync(string database, string? template = null, CancellationToken ct = default)
    {
        // Unpooled: this server restarts under tests, and a pooled connection would outlive it.
        await using var connection = OneShotConnection.Create(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new() { Value = database } },
        };
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            var copy = template is null ? "" : $" TEMPLATE \"{template.Replace("\"", "\"\"")}\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"{copy}", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task<bool> IsRunningAsync(CancellationToken ct = default) =>
        File.Exists(Path.Combine(DataDir, "PG_VERSION"))
        && await RunAsync(Path.Combine(_bin, "pg_ctl"), ["status", "-D", DataDir], asUser: true, ct, check: false) == 0;

    /// <param name="mode">smart, fast or immediate (a crash, as a test of recovery wants).</param>
    public async Task StopAsync(string mode = "fast", CancellationToken ct = default)
    {
        if (await IsRunningAsync(ct))
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["stop", "-w", "-D", DataDir, "-m", mode], asUser: true, ct);
    }

    /// <summary>The server binaries: PITWALL_PG_BIN, else the newest /usr/lib/postgresql/*/bin.</summary>
    public static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PITWALL_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.GetDirectories(root)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Dir)
            .FirstOrDefault();
    }

    async Task<int> RunAsync(string file, IReadOnlyList<string> args, bool asUser, CancellationToken ct, bool check = true)
    {
        var psi = new ProcessStartInfo
        {
            FileName = asUser && _runAs is not null ? "runuser" : file,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asUser && _runAs is not null)
        {
            foreach (var a in new[] { "-u", _runAs, "--", file }) psi.ArgumentList.Add(a);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {file}");
        // pg_ctl start leaves the server holding inherited pipes; read until the launcher exits, not until EOF.
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (check && process.ExitCode != 0)
        {
            var err = stderr.IsCompleted ? await stderr : "";
            var output = stdout.IsCompleted ? await stdout : "";
            throw new LocalPostgresException(
                $"{Path.GetFileName(file)} {string.Join(' ', args)} exited with {process.ExitCode}: {err.Trim()} {output.Trim()}".Trim());
        }
        return process.ExitCode;
    }
}
