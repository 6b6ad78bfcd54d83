namespace Pitwall.Tests.Results.Timing;

/// <summary>
/// Pastes as racers make them, built from the snippets in shared/TIMING_FORMATS.md. Public so the
/// end-to-end tests can paste the same text into the app. Tabs are written ⇥, as that file shows them.
/// </summary>
public static class TimingSamples
{
    public static string Tabs(string text) => text.Replace('⇥', '\t');

    /// <summary>
    /// A LiveRC A-Main of 12 drivers with its heading: driver cells on two lines, the fastest lap
    /// glued to its lap number (spaced for the winner, glued for the rest), Behind empty, in laps
    /// and in seconds, a 3-lap retirement with no Avg Top N, and a non-starter with empty cells.
    /// Its figures follow LiveRC's definitions (see LiveRcRaceTests).
    /// </summary>
    public static readonly string LiveRcRace12Drivers = Tabs("""
        1/8 Nitro Buggy A-Main Results [M1 Race #10]
        Round: Main Events
        Length: 20:00 Timed
        Pos⇥Driver⇥Qual⇥Laps/Time⇥Behind⇥Fastest Lap (Lap #)⇥Avg Lap⇥Avg Top 5⇥Avg Top 10⇥Avg Top 15⇥Top 3 Consecutive⇥Std. Deviation⇥Consistency
        1⇥7 SAM RIVERS
        View Laps⇥3⇥31/20:21.904⇥⇥37.112 17⇥39.416⇥37.540⇥37.902⇥38.233⇥1:52.851⇥2.11⇥94.65%
        2⇥12 JO ANDERSEN
        View Laps⇥1⇥30/20:02.337⇥1 Lap⇥37.4809⇥40.078⇥37.921⇥38.310⇥38.702⇥1:54.006⇥2.87⇥92.84%
        3⇥3 MARCO DELGADO
        View Laps⇥2⇥30/20:09.815⇥7.478⇥37.65522⇥40.327⇥38.104⇥38.577⇥38.940⇥1:55.120⇥2.64⇥93.45%
        4⇥22 KAI NAKAMURA
        View Laps⇥5⇥30/20:31.402⇥21.587⇥38.01014⇥41.047⇥38.377⇥38.812⇥39.150⇥1:55.962⇥3.05⇥92.57%
        5⇥15 ELLA BRANDT
        View Laps⇥4⇥29/20:05.118⇥1 Lap⇥38.2456⇥41.556⇥38.690⇥39.105⇥39.501⇥1:56.811⇥3.41⇥91.79%
        6⇥31 TOMAS REYES
        View Laps⇥8⇥29/20:27.660⇥22.542⇥38.40225⇥42.333⇥38.955⇥39.460⇥39.871⇥1:57.540⇥3.92⇥90.74%
        7⇥5 NINA KOVAC
        View Laps⇥6⇥28/20:11.270⇥1 Lap⇥38.79011⇥43.260⇥39.420⇥39.980⇥40.402⇥1:58.933⇥4.46⇥89.69%
        8⇥18 OWEN FISCHER
        View Laps⇥7⇥27/20:14.009⇥1 Lap⇥39.1184⇥44.963⇥39.802⇥40.377⇥40.915⇥2:00.105⇥5.12⇥88.61%
        9⇥27 LIAM O'CONNOR
        View Laps⇥10⇥26/20:19.584⇥1 Lap⇥39.54019⇥46.907⇥40.215⇥40.866⇥41.530⇥2:01.377⇥6.03⇥87.14%
        10⇥9 ROSA DIAZ
        View Laps⇥11⇥23/20:08.731⇥3 Laps⇥39.8772⇥52.554⇥40.610⇥41.390⇥42.218⇥2:02.998⇥9.87⇥81.22%
        11⇥44 BEN ADEYEMI
        View Laps⇥12⇥3/2:15.090⇥20 Laps⇥41.9022⇥45.030⇥⇥⇥⇥2:15.090⇥3.84⇥91.47%
        12⇥4 PAT OKAFOR⇥9⇥0⇥⇥⇥⇥⇥⇥⇥⇥⇥
        """);

    /// <summary>One driver's LiveRC lap view under the driver's heading; lap 0 is the start line.</summary>
    public static readonly string LiveRcLaps = Tabs("""
        7 SAM RIVERS
        Lap⇥Pos⇥Time⇥Pace
        0⇥10⇥0⇥0
        1⇥4⇥44.564⇥27/20:03.228
        2⇥7⇥47.292⇥27/20:40.056
        3⇥5⇥38.901⇥28/20:11.432
        """);
}
