namespace Pitwall.Sql.Changes;

/// <summary>What a closeout's rating says about the session's changes: 1–2 failure, 3 neutral, 4–5 success.</summary>
public static class ChangeOutcome
{
    public const string Success = "success", Neutral = "neutral", Failure = "failure";

    public static string Of(int rating) => rating <= 2 ? Failure : rating == 3 ? Neutral : Success;
}
