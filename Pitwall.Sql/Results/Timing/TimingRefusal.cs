namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// A line a reader cannot take. Readers throw it so each reads top to bottom without threading a
/// problem through every helper; <see cref="TimingParser.Parse"/> catches it and returns the
/// problem, so no caller ever sees it.
/// </summary>
internal sealed class TimingRefusal(LapProblem problem) : Exception(problem.ToString())
{
    public LapProblem Problem => problem;

    /// <summary>The message always says what was expected on the line, in the racer's words.</summary>
    public static TimingRefusal At(TextLine line, string expected) =>
        new(new LapProblem(line.Number, line.Text.Trim(), $"Expected {expected}."));
}
