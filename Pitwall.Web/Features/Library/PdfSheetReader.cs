using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms.Fields;

namespace Pitwall.Web.Features.Library;

/// <summary>
/// Reads the form fields of a fillable PDF (PdfPig: no rendering, no OCR) and maps them to
/// setup keys with the maker's map, detected from the field names unless the racer chose one.
/// </summary>
public static class PdfSheetReader
{
    /// <summary>2 MB: a fillable sheet is a page or two (well under 500 KB), and the whole file is parsed in memory.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <returns>The sheet, or the message for the racer when the file is not a fillable PDF.</returns>
    public static (PdfSheet? Sheet, string? Problem) Read(byte[] bytes, string? chosenMaker)
    {
        // A PDF starts with %PDF- (readers allow some bytes before it).
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
            return (null, "This file is not a PDF. Choose the manufacturer's fillable setup sheet (.pdf).");
        List<(string Name, string Value)> fields;
        try
        {
            using var document = PdfDocument.Open(bytes);
            if (!document.TryGetForm(out var form) || form is null)
                return (null, NoFields);
            fields = [];
            foreach (var field in form.Fields) Collect(field, fields);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, "This PDF cannot be read (damaged or encrypted). Save it again from a PDF reader, or type the values in.");
        }
        if (fields.Count == 0) return (null, NoFields);

        var names = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var detected = SheetMap.All.Select(m => (Map: m, Hits: m.Fields.Keys.Count(names.Contains)))
            .Where(x => x.Hits >= 3).OrderByDescending(x => x.Hits).Select(x => x.Map).FirstOrDefault();
        var map = SheetMap.Find(chosenMaker) ?? detected;
        var values = new Dictionary<string, string>();
        var unmatched = new List<(string, string)>();
        foreach (var (name, value) in fields)
        {
            if (map?.Fields.TryGetValue(name, out var key) == true) { if (value.Length > 0) values[key] = value; }
            else if (map?.ModelFields.Contains(name) != true) unmatched.Add((name, value));
        }
        var model = map?.ModelFields.Select(f => fields.FirstOrDefault(x => x.Name == f).Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return (new PdfSheet(map?.Maker, map is not null && map == detected && SheetMap.Find(chosenMaker) is null, model?.Trim(), values, unmatched), null);
    }

    const string NoFields = "This PDF has no form fields. Pitwall reads fillable setup sheets (the ones you type into), not scanned or printed ones.";

    static void Collect(AcroFieldBase field, List<(string, string)> into)
    {
        switch (field)
        {
            case AcroNonTerminalField parent:
                foreach (var child in parent.Children) Collect(child, into);
                break;
            case AcroTextField text when field.Information.PartialName is { } name:
                into.Add((name, (text.Value ?? "").Trim()));
                break;
            case AcroComboBoxField combo when field.Information.PartialName is { } name:
                into.Add((name, string.Join(", ", combo.SelectedOptions ?? []).Trim()));
                break;
            case AcroListBoxField list when field.Information.PartialName is { } name:
                into.Add((name, string.Join(", ", list.SelectedOptions ?? []).Trim()));
                break;
        }
    }
}
