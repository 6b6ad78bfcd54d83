namespace Pitwall.Sql.Results.Timing;

/// <summary>Where a figure ranks among the drivers who have it: 1 is the best; drivers level share a place ("2nd, 2nd, 4th").</summary>
public sealed record FieldRank(int Place, int Of)
{
    /// <summary>The rank of <paramref name="mine"/> among <paramref name="all"/> (nulls left out); null when the racer has none.</summary>
    public static FieldRank? Among<T>(T? mine, IEnumerable<T?> all, bool lowerIsBetter) where T : struct, IComparable<T>
    {
        if (mine is not { } m) return null;
        var values = all.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        var better = values.Count(v => lowerIsBetter ? v.CompareTo(m) < 0 : v.CompareTo(m) > 0);
        return new(better + 1, values.Count);
    }

    public override string ToString() => $"{Ordinal(Place)} of {Of}";

    /// <summary>1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.</summary>
    public static string Ordinal(int n) =>
        n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
