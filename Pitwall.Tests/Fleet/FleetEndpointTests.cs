using System.Net;
using Pitwall.Sql.Setup;
using Pitwall.Tests.Infrastructure;

namespace Pitwall.Tests.Fleet;

/// <summary>Shop Master over HTTP: validation of the car and its baseline sheet, and other racers' cars.</summary>
public abstract class FleetEndpointTests(DatabaseShape shape) : IAsyncLifetime
{
    public sealed class OnAFreshDatabase() : FleetEndpointTests(DatabaseShape.Fresh);
    public sealed class OnAnAdoptedDatabase() : FleetEndpointTests(DatabaseShape.Adopted);

    SeededApp _app = null!;

    public async Task InitializeAsync() => _app = await SeededApp.StartAsync(shape);
    public async Task DisposeAsync() => await _app.DisposeAsync();

    Dictionary<string, string> Car(string brand = "Mugen", string model = "MBX8R", params (string Key, string Value)[] setup)
    {
        var form = new Dictionary<string, string> { ["Brand"] = brand, ["Model"] = model, ["Nickname"] = "", ["Transponder"] = "" };
        foreach (var (key, value) in setup) form[$"setup[{key}]"] = value;
        return form;
    }

    [Fact]
    public async Task FleetPanel_ListsOnlyTheActiveRacersCars()
    {
        var ana = await (await _app.Ana.HtmxGetAsync("/shop-master/fleet")).Content.ReadAsStringAsync();
        var bruno = await (await _app.Bruno.HtmxGetAsync("/shop-master/fleet")).Content.ReadAsStringAsync();

        Assert.Contains("id=\"fleet-panel\"", ana);
        Assert.Contains("MBX8R", ana);
        Assert.DoesNotContain("XB8", ana);
        Assert.Contains("XB8", bruno);
        Assert.DoesNotContain("MBX8R", bruno);
    }

    [Fact]
    public async Task SavingTheBaselineSheet_KeepsEveryValue_AndAnswersWithThePanel()
    {
        var values = SetupSheet.Parameters.Select(p => (p.Key, p.IsNumeric ? p.Max.ToString(System.Globalization.CultureInfo.InvariantCulture) : "ok")).ToArray();

        var response = await _app.Ana.HtmxPostAsync($"/shop-master/cars/{_app.AnasCar}", Car(setup: values));
        var stored = SetupValues.Parse(await TestPostgres.ScalarAsync<string>(_app.App.ConnectionString, $"SELECT baseline_setup::text FROM vehicles WHERE id = {_app.AnasCar}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<section id=\"fleet-panel\"", (await response.Content.ReadAsStringAsync()).TrimStart());
        Assert.Equal(values.ToDictionary(v => v.Key, v => v.Item2).OrderBy(kv => kv.Key), stored.Values.OrderBy(kv => kv.Key));
    }

    [Theory]
    [InlineData("SO_F", "thick", "Enter a whole number")]
    [InlineData("Toe_R", "45", "from -10 to 10 deg")]
    [InlineData("SB_F", "two", "Enter a number")]
    [InlineData("Compound", "a compound name far longer than forty characters", "at most 40 characters")]
    [InlineData("Wing", "big", "is not a parameter of the setup sheet")]
    public async Task ABadBaselineValue_Answers422_WithTheMessage_AndSavesNothing(string key, string value, string message)
    {
        var before = await _app.Snapshot();

        var response = await _app.Ana.HtmxPostAsync($"/shop-master/cars/{_app.AnasCar}", Car(model: "Renamed", setup: (key, value)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await _app.Snapshot());
    }

    [Theory]
    [InlineData("", "MBX8R", "brand", "Enter the car&#x27;s brand")]
    [InlineData("Mugen", "", "model", "Enter the car&#x27;s model")]
    [InlineData("Mugen", "MBX8R", "model", "You already have a Mugen MBX8R without a nickname")]
    public async Task ABadCar_Answers422_BesideTheField_AndSavesNothing(string brand, string model, string field, string message)
    {
        var before = await _app.Snapshot();

        var response = await _app.Ana.HtmxPostAsync("/shop-master/cars", Car(brand, model));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        // Beside the field: the field's own message element, which the field names as its description.
        Assert.Contains($"<p id=\"car-{field}-error\" class=\"error\" role=\"alert\">{message}", html);
        Assert.Matches($"<input id=\"car-{field}\"[^>]*aria-describedby=\"car-{field}-error\"", html);
        Assert.Equal(before, await _app.Snapshot());
    }

    [Fact]
    public async Task AnotherRacersCar_Is404_AndNothingChanges()
    {
        var before = await _app.Snapshot();

        var edit = await _app.Bruno.HtmxGetAsync($"/shop-master/cars/{_app.AnasCar}/edit");
        var update = await _app.Bruno.HtmxPostAsync($"/shop-master/cars/{_app.AnasCar}", Car("Hacked", "Car"));
        var delete = await _app.Bruno.HtmxPostAsync($"/shop-master/cars/{_app.AnasCar}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(before, await _app.Snapshot());
    }
}
