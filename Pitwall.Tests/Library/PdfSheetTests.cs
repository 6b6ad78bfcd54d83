using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Pitwall.Tests.Infrastructure;
using Pitwall.Web.Features.Library;

namespace Pitwall.Tests.Library;

/// <summary>"Import PDF sheet": a fillable Tekno sheet read through its map and saved in the earlier tool's shape, a PDF without fields, a file that is not a PDF.</summary>
public abstract class PdfSheetTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : PdfSheetTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : PdfSheetTests(DatabaseShape.Adopted);

    static readonly (string, string)[] TeknoSheet =
    [
        ("Model", "EB48 2.2"), ("FDO", "7000"), ("CDO", "10000"), ("RDO", "3000"), ("FSO", "550"), ("RSO", "450wt"),
        ("FSPRING", "Blue"), ("RSPRING", "Yellow"), ("FP", "1.2x4"), ("RP", "1.3x4"), ("FT", "-1"), ("RT", "2,5"),
        ("FRH", "26"), ("RRH", "28"), ("FC", "-2"), ("RC", "-1.5"), ("FUTL", "2"), ("RUTL", "3"), ("FB", "2.3"), ("RB", "2.5"),
        ("TBT", "Kosmos"), ("TC", "Silver"), ("DriveC", "3-shoe"), ("DriveBBF", "14"), ("DriveBBR", "46"), ("EngineP", "REDS 2113"),
        ("Driver", "Ryan M."), ("Venue", ""),
    ];

    SeededApp _app = null!;

    public async Task InitializeAsync() => _app = await SeededApp.StartAsync(shape);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>The whole library table, to show that nothing was saved (an adopted one has rows of its own).</summary>
    Task<string> Library() => TestPostgres.ScalarAsync<string>(_app.App.ConnectionString,
        "SELECT coalesce(string_agg(row(m.*)::text, E'\\n' ORDER BY id), '') FROM master_library m");

    /// <summary>The entry a test's save just made: the newest row.</summary>
    Task<int> NewestEntryAsync() => TestPostgres.ScalarAsync<int>(_app.App.ConnectionString, "SELECT max(id) FROM master_library");

    Task<HttpResponseMessage> ReadAsync(byte[] file, string maker = "") =>
        _app.Ana.HtmxPostFileAsync("/library/pdf/read", new Dictionary<string, string> { ["Maker"] = maker }, "file", "sheet.pdf", file);

    [Fact]
    public void TheTeknoSheet_IsReadThroughItsMap_WithUnmatchedFieldsAndTheModel()
    {
        var (sheet, problem) = PdfSheetReader.Read(FillablePdf.WithFields(TeknoSheet), null);

        Assert.Null(problem);
        Assert.Equal("Tekno", sheet!.Maker);
        Assert.True(sheet.Detected);
        Assert.Equal("EB48 2.2", sheet.Model);
        Assert.Equal(25, sheet.Values.Count);
        Assert.Equal("7000", sheet.Values["DF"]);
        Assert.Equal("10000", sheet.Values["DC"]);
        Assert.Equal("450wt", sheet.Values["SO_R"]);
        Assert.Equal("1.2x4", sheet.Values["P_F"]);
        Assert.Equal("2,5", sheet.Values["Toe_R"]);
        Assert.Equal("3", sheet.Values["ST_R"]);
        Assert.Equal("Kosmos", sheet.Values["Tread"]);
        Assert.Equal("Silver", sheet.Values["Compound"]);
        Assert.Equal("3-shoe", sheet.Values["Clutch"]);
        Assert.Equal("14", sheet.Values["Bell"]);
        Assert.Equal("46", sheet.Values["Spur"]);
        Assert.Equal("REDS 2113", sheet.Values["Pipe"]);
        Assert.Equal([("Driver", "Ryan M."), ("Venue", "")], sheet.Unmatched);
    }

    [Fact]
    public async Task ReadingThenSaving_ShowsTheValues_AndStoresThemInTheToolsColumns_NestedWithEveryCell()
    {
        var before = await Library();
        var read = await ReadAsync(FillablePdf.WithFields(TeknoSheet));
        var html = await read.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("<strong>Tekno</strong> (detected) · model EB48 2.2", html);
        Assert.Contains("name=\"Setup[P_F]\" value=\"1.2x4\"", html);
        Assert.Contains("<code>Driver</code> Ryan M.", html);
        Assert.Equal(before, await Library());   // reading saves nothing

        var saved = await _app.Ana.HtmxPostAsync("/library/pdf/save", new Dictionary<string, string>
        {
            ["Brand"] = "Tekno", ["Model"] = "EB48 2.2", ["TrackName"] = "Thunder Alley", ["Source"] = "Factory base",
            ["Setup[P_F]"] = "1.2x4", ["Setup[SO_R]"] = "450wt", ["Setup[DF]"] = "7000",
        });
        var entry = await NewestEntryAsync();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Tekno|EB48 2.2|Thunder Alley|Factory base|t", await TestPostgres.ScalarAsync<string>(_app.App.ConnectionString,
            $"SELECT concat_ws('|', brand, vehicle_model, track_name, source, date_created = current_date) FROM master_library WHERE id = {entry}"));
        // A valid number is stored as one, "450wt" as the text it is; the 26 cells the sheet left empty as null.
        var expected = EarlierToolLibrary.Sheet(("diffs.front", 7000), ("front.pistons", "1.2x4"), ("rear.shock_oil", "450wt"));
        var stored = await TestPostgres.ScalarAsync<string>(_app.App.ConnectionString, $"SELECT setup::text FROM master_library WHERE id = {entry}");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(stored)), stored);
    }

    [Fact]
    public async Task SavingWithoutATrack_Answers422_BesideTheTrackField_AndSavesNothing()
    {
        var before = await Library();

        var response = await _app.Ana.HtmxPostAsync("/library/pdf/save", new Dictionary<string, string>
        {
            ["Brand"] = "Tekno", ["Model"] = "EB48 2.2", ["TrackName"] = "", ["Source"] = "Factory base", ["Setup[SO_F]"] = "600",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<p id=\"pdf-trackname-error\" class=\"error\" role=\"alert\">Name the track this setup is for", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await Library());
    }

    [Fact]
    public async Task SavedFromACar_UseOpensWithThatCarChosen_AndItsStepsLandInTheUseArea()
    {
        var saved = await _app.Ana.HtmxPostAsync("/library/pdf/save", new Dictionary<string, string>
        {
            ["Car"] = $"{_app.AnasCar}", ["Brand"] = "Tekno", ["Model"] = "EB48 2.2", ["TrackName"] = "Thunder Alley", ["Source"] = "Factory base",
            ["Setup[SO_F]"] = "600",
        });
        var html = await saved.Content.ReadAsStringAsync();
        var entry = await NewestEntryAsync();
        var use = await (await _app.Ana.HtmxGetAsync($"/library/entries/{entry}/use?target=car:{_app.AnasCar}")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains($"hx-get=\"/library/entries/{entry}/use?target=car:{_app.AnasCar}\" hx-target=\"#library-use\"", html);
        // The Use… form and the staging view answer into #library-use: the area must be there on a car too.
        Assert.Contains("<div id=\"library-use\"></div>", html);
        Assert.Contains("hx-target=\"#library-use\"", use);
        Assert.Matches($"<option value=\"car:{_app.AnasCar}\" selected=\"selected\">", use);
    }

    [Fact]
    public async Task AChosenMaker_IsUsed_WhenDetectionFindsNone()
    {
        var html = await (await ReadAsync(FillablePdf.WithFields(("FSO", "500"), ("Notes", "x")), maker: "Tekno")).Content.ReadAsStringAsync();
        var undetected = await (await ReadAsync(FillablePdf.WithFields(("FSO", "500"), ("Notes", "x")))).Content.ReadAsStringAsync();

        Assert.Contains("<strong>Tekno</strong> (chosen)", html);
        Assert.Contains("name=\"Setup[SO_F]\" value=\"500\"", html);
        Assert.Contains("<strong>not recognised</strong>", undetected);
        Assert.Contains("<code>FSO</code> 500", undetected);
    }

    [Fact]
    public async Task APdfWithoutFormFields_Answers422_SayingSo()
    {
        var response = await ReadAsync(FillablePdf.WithoutForm());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("This PDF has no form fields", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFileThatIsNotAPdf_Answers422_SayingSo()
    {
        var response = await ReadAsync(Encoding.UTF8.GetBytes("SO_F,SO_R\n500,450\n"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("This file is not a PDF", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFileOverTwoMegabytes_Answers413()
    {
        var response = await ReadAsync(new byte[PdfSheetReader.MaxBytes + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 2 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SavingAKeyThatIsNotOnTheSheet_Answers422_AndSavesNothing()
    {
        var before = await Library();

        var response = await _app.Ana.HtmxPostAsync("/library/pdf/save", new Dictionary<string, string>
        {
            ["Source"] = "Factory base", ["Setup[Wing]"] = "High",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("&quot;Wing&quot; is not a parameter", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await Library());
    }
}
