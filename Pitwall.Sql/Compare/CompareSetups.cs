using System.Text.Json.Nodes;
using Pitwall.Sql.Results;

namespace Pitwall.Sql.Compare;

/// <summary>The two sides asked for and what the racer can pick from, as Compare_Setups.sql builds it.</summary>
public sealed record CompareSetups(
    CompareSide? A, CompareSide? B, IReadOnlyList<CompareCar> Cars, IReadOnlyList<CompareBaseline> Baselines, IReadOnlyList<CompareSession> Sessions)
{
    public CompareCar? Car(int id) => Cars.FirstOrDefault(c => c.Id == id);
}

/// <summary>One side: a car's current baseline, an earlier baseline or a session, with its results (a session's only).</summary>
public sealed record CompareSide(
    string Kind, int Id, int CarId, string? Name, DateOnly? Date, DateTime? SavedAt, string? Source, JsonObject Setup, IReadOnlyList<RunResult> Results)
{
    public SetupRef Ref => new(Kind, Id);

    /// <summary>Best lap, Best 3 consecutive and ORP over the session's results, as the Performance view reckons them.</summary>
    public PerformanceSession Figures => _figures ??= new(Id, Name, Date, null, Results);
    PerformanceSession? _figures;
}

public sealed record CompareCar(int Id, string Brand, string Model, string? Nickname)
{
    public string Label => Nickname is { Length: > 0 } n ? $"{Brand} {Model} “{n}”" : $"{Brand} {Model}";
}

public sealed record CompareBaseline(int Id, int CarId, DateTime SavedAt, string Source);

public sealed record CompareSession(int Id, int CarId, string? Name, DateOnly? Date);

/// <summary>What "Compare" offers for a session: every session of its car, oldest first, with results.</summary>
public sealed record CompareOffers(int SessionId, int CarId, IReadOnlyList<OfferedSession> Sessions)
{
    /// <summary>The car's locked session before this one (drafts are not sessions yet).</summary>
    public OfferedSession? Previous =>
        Sessions.TakeWhile(s => s.Id != SessionId).LastOrDefault(s => s.Status != "draft");

    /// <summary>The car's session with the lowest Best 3 consecutive, this one included (then there is nothing better to compare with).</summary>
    public OfferedSession? Best =>
        Sessions.Where(s => s.Figures.Best3Consecutive is not null).OrderBy(s => s.Figures.Best3Consecutive).ThenBy(s => s.Id).FirstOrDefault();
}

public sealed record OfferedSession(int Id, string? Name, DateOnly? Date, string? Type, string? Status, IReadOnlyList<RunResult> Results)
{
    public PerformanceSession Figures => _figures ??= new(Id, Name, Date, Type, Results);
    PerformanceSession? _figures;
}
