namespace Pitwall.Sql.Compare;

/// <summary>The two sides asked for and what the racer can pick from, as Compare_Setups.sql builds it.</summary>
public sealed record CompareSetups(
    CompareSide? A, CompareSide? B, IReadOnlyList<CompareCar> Cars, IReadOnlyList<CompareBaseline> Baselines, IReadOnlyList<CompareSession> Sessions)
{
    public CompareCar? Car(int id) => Cars.FirstOrDefault(c => c.Id == id);
}
