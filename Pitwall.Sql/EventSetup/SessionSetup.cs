using Pitwall.Sql.Setup;

namespace Pitwall.Sql.EventSetup;

/// <summary>
/// A session's stored setup and its car's baseline, parsed once as read, with the words a draft
/// must keep, and the row's version (its xmin): the save goes ahead only while it is unchanged.
/// </summary>
public sealed record SessionSetup(int Id, string Status, SetupValues Setup, SetupValues Baseline, string? Type, string? TrackSize, string? Traction,
    string Version);
