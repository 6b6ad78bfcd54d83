namespace Pitwall.Sql.Library;

/// <summary>A car whose baseline can take an entry; <paramref name="SameModel"/> when its brand and model are the entry's.</summary>
public sealed record CarTarget(int Id, string Label, bool? SameModel);
