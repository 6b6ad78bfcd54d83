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

    /// <summary>
    /// Another heat of the same class, for a racer's second paste: a four-driver qualifier in which
    /// MARCO DELGADO (car 3 in the A-Main above) is printed "3 M. DELGADO", so his name no longer
    /// matches and his car number finds him; fastest laps glued, a lap down, and a non-starter.
    /// Its figures follow LiveRC's definitions (Avg Lap = race time ÷ laps; 310.442 ÷ 8 = 38.805).
    /// </summary>
    public static readonly string LiveRcQualifier4 = Tabs("""
        1/8 Nitro Buggy Qualifier 4 Results [Q4 Race #3]
        Round: Qualifying
        Length: 5:00 Timed
        Pos⇥Driver⇥Qual⇥Laps/Time⇥Behind⇥Fastest Lap (Lap #)⇥Avg Lap⇥Avg Top 5⇥Avg Top 10⇥Avg Top 15⇥Top 3 Consecutive⇥Std. Deviation⇥Consistency
        1⇥22 KAI NAKAMURA
        View Laps⇥1⇥8/5:10.442⇥⇥37.88105⇥38.805⇥38.102⇥⇥⇥1:55.020⇥0.92⇥97.63%
        2⇥3 M. DELGADO
        View Laps⇥2⇥8/5:14.906⇥4.464⇥38.0447⇥39.363⇥38.290⇥⇥⇥1:55.560⇥1.20⇥96.95%
        3⇥15 ELLA BRANDT
        View Laps⇥3⇥7/5:02.118⇥1 Lap⇥39.0102⇥43.160⇥39.540⇥⇥⇥1:58.904⇥2.31⇥94.65%
        4⇥9 ROSA DIAZ⇥4⇥0⇥⇥⇥⇥⇥⇥⇥⇥⇥
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

    /// <summary>
    /// RC Scoring Pro, four cars: a blank line inside the grid, a car a lap down, a non-starter
    /// whose column stays empty, then the rows of lap counts and elapsed times.
    /// </summary>
    public static readonly string RcScoringPro = """
        Scoring Software by www.RCScoringPro.com                 7:41:09 PM  3/14/2026
        Mod Short Course A Main                                       Round# 3, Race# 6
        ________________________Driver___Car#____Laps____RaceTime____Fast Lap___Behind_
                       Rivers, Sam    #1      5     1:17.420     14.902
                      Andersen, Jo    #2      5     1:18.655     15.117      1.235
                       Okafor, Pat    #3      4     1:19.880     15.690      1 Lap
                      Brandt, Ella    #4      0
         ___1___ ___2___ ___3___ ___4___
         1/15.61 2/15.88 3/16.02
         1/14.90 2/15.31 3/15.69

         1/15.02 2/15.12 3/16.40
         1/16.11 2/15.90 3/31.77
         1/15.78 2/16.44
              5/      5/      4/      0/
         1:17.42 1:18.65 1:19.88
        """;

    /// <summary>
    /// RC Scoring Pro, twelve cars: the header wraps after car 10 onto a second block, and positions
    /// of 10 and more cost the lap time its second decimal ("10/17.4").
    /// </summary>
    public static readonly string RcScoringProTwelveCars = """
        Scoring Software by www.RCScoringPro.com                 2:15:40 PM  3/15/2026
        Stock Buggy Heat 2                                            Round# 1, Race# 2
        ________________________Driver___Car#____Laps____RaceTime____Fast Lap___Behind_
                    Delgado, Marco    #11     3     0:45.730     15.020
                       Rivers, Sam    #1      3     0:45.770     15.100      0.040
                      Andersen, Jo    #2      3     0:46.140     15.210      0.410
                     Nakamura, Kai    #3      3     0:46.830     15.400      1.100
                      Brandt, Ella    #4      3     0:47.330     15.520      1.600
                      Reyes, Tomas    #5      3     0:47.760     15.580      2.030
                       Kovac, Nina    #6      3     0:47.940     15.900      2.210
                     Fischer, Owen    #7      3     0:49.010     15.870      3.280
                    O'Connor, Liam    #8      3     0:49.170     15.950      3.440
                        Diaz, Rosa    #9      3     0:49.670     16.050      3.940
                      Adeyemi, Ben    #10     3     0:50.670     16.380      4.940
                       Okafor, Pat    #12     2     0:35.200     16.900      1 Lap
         ___1___ ___2___ ___3___ ___4___ ___5___ ___6___ ___7___ ___8___ ___9___ __10___
         1/15.42 3/15.60 4/15.95 6/16.20 7/16.48 5/16.05 9/17.12 8/16.91 10/17.4 11/17.9
         1/15.10 3/15.21 4/15.48 5/15.52 7/15.70 6/15.90 8/15.87 9/16.31 10/16.1 11/16.4
         2/15.25 3/15.33 4/15.40 5/15.61 6/15.58 7/15.99 8/16.02 9/15.95 10/16.2 11/16.4
         __11___ __12___
         2/15.51 12/18.3
         2/15.02 12/16.9
         1/15.20
        """;

    /// <summary>MyRCM's results, then its Laptimes grid, as a browser copies them with bars between cells.</summary>
    public static readonly string MyRcm = """
        Pos | Nr. | Pilot Nr | Pilot | I | Laps | Endtime | Besttime | Mediumtime | Correction
        1 | 3 | | Sam Rivers | | 5 | 00:48.946 | 09.688 | 09.789 |
        2 | 1 | | Jo Andersen | | 5 | 00:49.758 | 09.844 | 09.952 |
        3 | 7 | | Søren Ødegård | | 4 | 01:35.609 | 10.114 | 23.902 | +10.000
        Laptimes
        Lap | Sam Rivers | Jo Andersen | Søren Ødegård
        1 | (1) 09.855 | (2) 10.102 | (3) 10.330
        2 | (1) 09.712 | (2) 09.844 | (3) 1:04.957
        3 | (1) 09.790 | (2) 09.921 | (3) 10.114
        4 | (1) 09.688 | (2) 10.015 | (3) 10.208
        5 | (1) 09.901 | (2) 09.876 |
        """;

    /// <summary>MyLaps / Orbits results, then its lap times in passing order with the Green Flag row first.</summary>
    public static readonly string MyLaps = Tabs("""
        Pos⇥No.⇥Name⇥Laps⇥Diff⇥Gap⇥Total Tm⇥Best Tm⇥In Lap⇥Nat/State⇥Sponsor
        1⇥21⇥Sam Rivers⇥4⇥⇥⇥4:05.117⇥59.880⇥2⇥USA⇥Team Pitwall
        2⇥8⇥Jo Andersen⇥4⇥2.412⇥2.412⇥4:07.529⇥1:00.544⇥3⇥NOR⇥
        3⇥15⇥Ella Brandt⇥3⇥1 Lap⇥1 Lap⇥3:19.862⇥1:03.004⇥1⇥GER⇥

        #⇥No.⇥Name⇥Laps⇥Lead⇥Lap Tm⇥Elapsed Tm⇥Time of Day⇥Speed
        ⇥⇥Green Flag⇥⇥⇥⇥⇥14:02:11.120⇥
        1⇥15⇥Ella Brandt⇥1⇥1⇥1:03.004⇥1:03.004⇥14:03:14.124⇥
        2⇥21⇥Sam Rivers⇥1⇥1⇥1:03.212⇥1:03.212⇥14:03:14.332⇥
        3⇥8⇥Jo Andersen⇥1⇥1⇥1:04.010⇥1:04.010⇥14:03:15.130⇥
        4⇥21⇥Sam Rivers⇥2⇥2⇥59.880⇥2:03.092⇥14:04:14.212⇥
        5⇥8⇥Jo Andersen⇥2⇥2⇥1:01.205⇥2:05.215⇥14:04:16.335⇥
        6⇥15⇥Ella Brandt⇥2⇥2⇥1:06.338⇥2:09.342⇥14:04:20.462⇥
        7⇥21⇥Sam Rivers⇥3⇥3⇥1:00.915⇥3:04.007⇥14:05:15.127⇥
        8⇥8⇥Jo Andersen⇥3⇥3⇥1:00.544⇥3:05.759⇥14:05:16.879⇥
        9⇥15⇥Ella Brandt⇥3⇥3⇥1:10.520⇥3:19.862⇥14:05:30.982⇥
        10⇥21⇥Sam Rivers⇥4⇥4⇥1:01.110⇥4:05.117⇥14:06:16.237⇥
        11⇥8⇥Jo Andersen⇥4⇥4⇥1:01.770⇥4:07.529⇥14:06:18.649⇥
        """);

    /// <summary>
    /// A decoder's feed for two transponders with status lines; transponder 4412871 is read twice
    /// on one crossing (1851.020, 1.703 s after its passing at 1849.317).
    /// </summary>
    public static readonly string DecoderFeed = Tabs("""
        #⇥101⇥2209⇥0⇥x51C3
        @⇥101⇥2210⇥4412871⇥1834.202⇥88⇥41⇥2⇥x1A2F
        @⇥101⇥2211⇥4412871⇥1849.317⇥91⇥43⇥2⇥x77B0
        @⇥101⇥2212⇥2231904⇥1850.006⇥74⇥38⇥2⇥x0C11
        @⇥101⇥2213⇥4412871⇥1851.020⇥35⇥22⇥2⇥x5E02
        #⇥101⇥2213⇥0⇥x51C4
        @⇥101⇥2214⇥4412871⇥1864.611⇥90⇥42⇥2⇥x33D1
        @⇥101⇥2215⇥2231904⇥1865.884⇥80⇥40⇥2⇥x9A3B
        @⇥101⇥2216⇥4412871⇥1879.890⇥87⇥44⇥2⇥x4C20
        @⇥101⇥2217⇥2231904⇥1881.402⇥79⇥39⇥2⇥x16E7
        """);
}
