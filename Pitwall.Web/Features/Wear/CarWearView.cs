using Pitwall.Sql.Wear;

namespace Pitwall.Web.Features.Wear;

/// <summary>A car's tire sets, engines and parts (Shop Master, "Tires &amp; parts") and the form to add one.</summary>
public sealed record CarWearView(WearList List, WearForm Form)
{
    public string? Error(string field) => Form.Errors.GetValueOrDefault(field);
}
