namespace Pitwall.Web.Features.Library;

/// <summary>What a fillable setup sheet held, read through a maker's map.</summary>
public sealed record PdfSheet(
    string? Maker, bool Detected, string? Model, IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<(string Field, string Value)> Unmatched);
