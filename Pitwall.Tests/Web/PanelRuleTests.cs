using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Tests.Infrastructure;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Tests.Web;

/// <summary>
/// The README's panel rule (Layout): a panel is a typed partial and its model, defined once in its
/// feature's folder; the action reads, the partial shows; the page carries its panel typed. Read
/// from the app's own types and the partials on disk, so a panel added another way fails here.
/// </summary>
public sealed partial class PanelRuleTests
{
    static readonly Assembly App = typeof(Page).Assembly;

    /// <summary>Every panel definition: a static class with the partial's path (View) and an Of that pairs it with a model type.</summary>
    static IEnumerable<(Type Definition, string View, Type Model)> Panels() =>
        from t in App.GetTypes()
        where t is { IsAbstract: true, IsSealed: true } && t.GetField("View", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true }
        let of = t.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == "Of" && m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Panel<>))
            .ToList()
        where of.Count > 0
        select (t, (string)t.GetField("View")!.GetRawConstantValue()!, of[0].ReturnType.GetGenericArguments()[0]);

    [Fact]
    public void NoViewComponentIsLeft_EveryPanelIsATypedPartial()
    {
        Assert.Empty(App.GetTypes().Where(t => typeof(ViewComponent).IsAssignableFrom(t)).Select(t => t.FullName));
        Assert.True(Panels().Count() >= 35, $"found only {Panels().Count()} panel definitions");
    }

    [Fact]
    public void EveryPanel_NamesAPartialWhoseModelIsTheTypeItsOfTakes()
    {
        var wrong = new List<string>();
        foreach (var (definition, view, model) in Panels())
        {
            var file = Path.Combine(RepoPaths.Root, "Pitwall.Web", view.TrimStart('~', '/'));
            if (!File.Exists(file)) { wrong.Add($"{definition.Name}: no partial at {view}"); continue; }
            var declared = ModelLine().Match(File.ReadAllText(file)).Groups[1].Value.Trim();
            if (declared != model.FullName) wrong.Add($"{definition.Name}: {view} declares @model {declared}, Of takes {model.FullName}");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void ThePage_CarriesItsPanelTyped_NotAsObject()
    {
        var properties = typeof(Page).GetProperties();
        Assert.DoesNotContain(properties, p => p.PropertyType == typeof(object));
        Assert.Contains(properties, p => p.PropertyType == typeof(IPanel));
    }

    [Fact]
    public void EveryPanel_IsListedInTheReadmesLayoutSection()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var layout = readme[readme.IndexOf("\n## Layout", StringComparison.Ordinal)..];
        layout = layout[..(layout.IndexOf("\n## ", 1, StringComparison.Ordinal) is var end and > 0 ? end : layout.Length)];
        var missing = Panels().Select(p => p.Definition.Name).Where(name => !layout.Contains($"`{name}`", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "not in the README's Layout section: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"^@model\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex ModelLine();
}
