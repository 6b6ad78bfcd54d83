namespace Pitwall.Tests.Infrastructure;

/// <summary>
/// The two shapes every feature runs on (the fixture matrix): a database Pitwall created, and one
/// the earlier tool made (its v2 schema file with the ORP fields, its rows) and Pitwall adopted.
/// </summary>
public enum DatabaseShape
{
    /// <summary>Empty, migrated by Pitwall from nothing.</summary>
    Fresh,

    /// <summary>Built as the earlier tool's current users have it (EarlierToolDatabase, ORP fields), then migrated by Pitwall.</summary>
    Adopted,
}
