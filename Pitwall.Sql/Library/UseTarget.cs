namespace Pitwall.Sql.Library;

/// <summary>Where an entry's setup goes: one of the active racer's drafts, or a car's baseline.</summary>
public sealed record UseTarget(int? Draft, int? Car)
{
    public static UseTarget IntoDraft(int id) => new(id, null);
    public static UseTarget AsBaseline(int car) => new(null, car);
}
