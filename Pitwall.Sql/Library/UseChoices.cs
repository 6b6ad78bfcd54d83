namespace Pitwall.Sql.Library;

/// <summary>The active racer's drafts and cars an entry can go into.</summary>
public sealed record UseChoices(IReadOnlyList<DraftChoice> Drafts, IReadOnlyList<CarTarget> Cars);
