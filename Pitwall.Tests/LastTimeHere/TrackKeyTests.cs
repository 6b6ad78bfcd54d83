using Npgsql;
using Pitwall.Sql.Results.Timing;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.LastTimeHere;

/// <summary>
/// "Last time here" matches tracks by pitwall_track_key (V21): case, accents, spacing and punctuation
/// do not count. Its accent table is NameKey's (the app folds nothing with string.Normalize under
/// InvariantGlobalization): the twin test holds the two to the same letters.
/// </summary>
public sealed class TrackKeyTests : IAsyncLifetime
{
    string _db = "";

    public async Task InitializeAsync() => _db = await TestDatabases.CreateAsync(DatabaseShape.Fresh);
    public Task DisposeAsync() => Task.CompletedTask;

    async Task<bool> SameTrackAsync(string a, string b) =>
        await TestPostgres.ScalarAsync<bool>(_db, $"SELECT coalesce(pitwall_track_key({Literal(a)}) = pitwall_track_key({Literal(b)}), false)");

    static string Literal(string s) => "'" + s.Replace("'", "''") + "'";

    [Theory]
    [InlineData("Thunder Alley", "thunder  ALLEY")]
    [InlineData("Thunder Alley", "ThunderAlley")]
    [InlineData("Thunder Alley", " Thunder Alley ")]
    [InlineData("Thunder\u00a0Alley", "Thunder-Alley")]
    [InlineData("Circuit Côte d'Azur", "circuit cote dazur")]
    [InlineData("Circuit Côte d’Azur", "CIRCUIT CÔTE D'AZUR")]
    [InlineData("Łódź Ring", "lodz ring")]
    [InlineData("Straße 9", "STRASSE 9")]
    [InlineData("Ærø Raceway", "aero raceway")]
    [InlineData("Pista São João", "pista sao joao")]
    public async Task TheseNames_AreOneTrack(string a, string b) => Assert.True(await SameTrackAsync(a, b), $"{a} ≠ {b}");

    [Theory]
    [InlineData("Thunder Alley", "Thunder Valley")]
    [InlineData("Track 1", "Track 2")]
    [InlineData("Ring", "Rings")]
    [InlineData("", "")]           // no name matches nothing, not every other nameless session
    [InlineData("- -", "...")]
    public async Task TheseNames_AreNot(string a, string b) => Assert.False(await SameTrackAsync(a, b), $"{a} = {b}");

    [Fact]
    public async Task EveryAccentedLetterNameKeyFolds_FoldsTheSameInSql()
    {
        // Latin-1, Latin Extended-A and the comma-below letters, both cases; those NameKey turns into plain
        // ASCII letters (its table, or lower case), each on its own.
        var letters = Enumerable.Range(0xC0, 0x17F - 0xC0 + 1).Concat([0x218, 0x219, 0x21A, 0x21B, 0x1E9E])
            .Select(c => ((char)c).ToString())
            .Where(c => char.IsLetter(c[0]) && NameKey.Of(c) is { Length: > 0 } key && key.All(char.IsAsciiLetterLower))
            .ToArray();
        Assert.True(letters.Length > 150, $"only {letters.Length} letters to compare");

        await using var connection = new NpgsqlConnection(_db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT c, pitwall_track_key(c) FROM unnest(@letters) AS c", connection);
        command.Parameters.AddWithValue("letters", letters);
        var differ = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var (letter, sql) = (reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1));
            if (sql != NameKey.Of(letter)) differ.Add($"{letter} (U+{(int)letter[0]:X4}): SQL {sql}, NameKey {NameKey.Of(letter)}");
        }
        Assert.True(differ.Count == 0, string.Join("\n", differ));
    }
}
