using Pitwall.Sql.Database;
using Pitwall.Sql.Local;
using Pitwall.Web;
using Pitwall.Web.Commands;
using Pitwall.Web.Infrastructure;
using Serilog;
using Serilog.Extensions.Logging;

// Pitwall's entry point: `serve` (the default) migrates then serves; the other verbs drive
// the database by hand (make migrate / rollback / db-status / db-stop).
var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
Log.Logger = Logging.Create(toStandardError: verb != "serve");
var logger = new SerilogLoggerFactory(Log.Logger).CreateLogger("Pitwall");
var config = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .Build();

try
{
    return verb switch
    {
        "serve" => await PitwallApp.ServeAsync(args, config, logger),
        "migrate" => await DatabaseCommands.MigrateAsync(config, logger),
        "rollback" => await DatabaseCommands.RollbackAsync(config, logger, args),
        "db-status" => await DatabaseCommands.StatusAsync(config, logger, Console.Out),
        "db-stop" => await DatabaseCommands.StopEmbeddedAsync(config, logger, args),
        _ => Usage(verb),
    };
}
catch (Exception e) when (e is StartupRefusedException or DatabaseUnavailableException or LocalPostgresException or FormatException)
{
    // The message says everything: one line, no stack trace.
    Log.Fatal("Pitwall {Verb} cannot start: {Reason}", verb, e.Message);
    return 1;
}
catch (Exception e)
{
    Log.Fatal(e, "Pitwall {Verb} failed: {Reason}", verb, e.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

static int Usage(string verb)
{
    Log.Error("Unknown command {Verb}: use serve (default), migrate, rollback [--to V], db-status or db-stop", verb);
    return 2;
}
