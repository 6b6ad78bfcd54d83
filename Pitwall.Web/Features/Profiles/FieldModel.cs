namespace Pitwall.Web.Features.Profiles;

/// <summary>What _Field renders: a labelled input (or select, or textarea), its typed value and its message.</summary>
public sealed record FieldModel(
    string FormId, string Name, string Label, string? Value, string? Error,
    string Type = "text", bool Multiline = false, IReadOnlyList<string>? Options = null, bool Optional = true)
{
    public string Id => $"{FormId}-{Name.ToLowerInvariant()}";
}
