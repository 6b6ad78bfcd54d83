namespace Pitwall.Sql.Wear;

/// <summary>What a write to a car's tire sets, engines and parts did.</summary>
public enum WearOutcome { Saved, Duplicate, NotFound }
