namespace Pitwall.Sql.Library;

/// <summary>An entry's setup and its target's, with the target's name and status (null when the target is not the active racer's).</summary>
public sealed record StagingSetups(int Id, string? Brand, string? Model, string? TrackName, string Source, string? Target, string? Label, string? Status)
{
    /// <summary>A draft locked since it was chosen (a car's baseline can always take a setup).</summary>
    public bool Locked => Status is not (null or "draft" or "car");

    public string Title => string.Join(" ", new[] { Brand, Model, TrackName }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
