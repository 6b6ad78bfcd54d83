namespace Pitwall.Web.Features.PitWall;

/// <summary>The pit wall's services: its store, settings, the hub and the one listening connection per instance, and the live views' renderer.</summary>
public static class PitWallServices
{
    public static IServiceCollection AddPitWall(this IServiceCollection services, IConfiguration config, string connectionString)
    {
        services.AddSingleton(PitWallSettings.From(config));
        services.AddSingleton<Pitwall.Sql.PitWall.PitWallStore>();
        services.AddSingleton<PitWallHub>();
        services.AddSingleton(PitWallConnection.For(connectionString));
        services.AddSingleton<FragmentRenderer>();
        services.AddSingleton<LiveFragments>();
        services.AddSingleton<LiveView>();
        services.AddHostedService<PitWallListener>();
        return services;
    }
}
