using Pitwall.Sql.Changes;
using Pitwall.Sql.RunNotes;

namespace Pitwall.Tests.RunNotes;

/// <summary>The nine symptoms of the grid, and how their taps prefill the closeout's "What the car did".</summary>
public sealed class SymptomsTests
{
    static readonly DateTime Nine = new(2026, 11, 28, 9, 0, 0);

    [Fact]
    public void TheGrid_HasTheNineSymptomsTheIssueNames_EachMappedOntoACloseoutSymptom()
    {
        Assert.Equal(
            ["entry push", "mid-corner push", "exit push", "entry loose", "exit loose", "traction roll", "bottoming", "landing nose-down", "landing nose-up"],
            Symptoms.All.Select(s => s.Value));
        Assert.True(Symptoms.MapsOntoTheCloseout);
        Assert.All(Symptoms.All, s => Assert.Contains(s.Feel, Closeout.Symptoms));
    }

    [Fact]
    public void TheMostTappedFeel_AddsUpTheTapsOfEachCloseoutSymptom()
    {
        // Entry push ×2 is Front-end wash 2; bottoming ×1 and landing nose-down ×2 are Stability (bumpy) 3.
        var feel = Symptoms.MostTappedFeel([
            new("entry push", 2, Nine), new("bottoming", 1, Nine.AddMinutes(1)), new("landing nose-down", 2, Nine.AddMinutes(2)),
        ]);

        Assert.Equal("Stability (bumpy)", feel);
    }

    [Fact]
    public void ATie_GoesToTheOneTappedLast_AndSymptomsItDoesNotKnow_DoNotCount()
    {
        // Rear-end loose 2 (entry loose, last at 9:05) against Rotation (tight) 2 (exit push, last at 9:10).
        var feel = Symptoms.MostTappedFeel([
            new("entry loose", 2, Nine.AddMinutes(5)), new("exit push", 2, Nine.AddMinutes(10)), new("wobbly", 9, Nine.AddMinutes(20)),
        ]);

        Assert.Equal("Rotation (tight)", feel);
        Assert.Null(Symptoms.MostTappedFeel([]));
    }
}
