using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pitwall.Sql.EventSetup;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.EventSetup;

/// <summary>The draft as the racer types it: details and the setup sheet.</summary>
public sealed class DraftForm : SessionDetailsForm
{
    [BindNever] public SetupSheetForm Setup { get; set; } = new(null, SetupValues.Empty);

    public static DraftForm From(OpenSession s)
    {
        var form = new DraftForm { Setup = new SetupSheetForm(null, s.Setup) };
        form.CopyFrom(s);
        return form;
    }

    public bool Validate()
    {
        var details = ValidateDetails();
        return Setup.Validate() && details;
    }

    /// <summary>What the status line says when the draft cannot be saved.</summary>
    public string Problem =>
        Errors.Count + Setup.Errors.Count == 0
            ? ""
            : "Not saved: " + string.Join(" ", Errors.Values.Concat(Setup.Errors.Select(e => $"{Label(e.Key)}: {e.Value}")));

    static string Label(string key) => SetupSheet.Find(key) is { } p
        ? $"{SetupSheet.Groups.First(g => g.Group == p.Group).Title} {p.Label.ToLowerInvariant()}"
        : key;
}
