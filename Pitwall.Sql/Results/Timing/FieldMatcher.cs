namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// Finds the racer's line in a field: by the car's transponder first (it identifies the car
/// itself), then by car number, then by name (<see cref="NameKey"/>). Each step is tried only
/// when the one before found nothing, so a weaker mark never overrides a stronger one.
/// </summary>
public static class FieldMatcher
{
    public static FieldMatch Find(IReadOnlyList<DriverLine> field, string? transponder, string? carNumber, string? name)
    {
        if (Matching(field, Mark(transponder), d => Mark(d.Transponder)) is { Count: > 0 } byTransponder)
            return new(MatchedBy.Transponder, byTransponder);
        if (Matching(field, Mark(carNumber), d => Mark(d.CarNumber)) is { Count: > 0 } byCar)
            return new(MatchedBy.CarNumber, byCar);
        var byName = field.Where(d => NameKey.Same(name, d.Name)).ToList();
        return byName.Count > 0 ? new(MatchedBy.Name, byName) : new(MatchedBy.Nothing, []);
    }

    static List<DriverLine> Matching(IReadOnlyList<DriverLine> field, string mark, Func<DriverLine, string> of) =>
        mark.Length == 0 ? [] : field.Where(d => string.Equals(of(d), mark, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>"#7" and " 7 " are car 7.</summary>
    static string Mark(string? value) => (value ?? "").Trim().TrimStart('#').Trim();
}
