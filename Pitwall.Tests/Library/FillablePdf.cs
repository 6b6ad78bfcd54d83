using System.Text;

namespace Pitwall.Tests.Library;

/// <summary>
/// Small PDFs written byte by byte for the tests: one page with text form fields (a fillable
/// sheet, as manufacturers ship them), or the same page without any form.
/// </summary>
public static class FillablePdf
{
    public static byte[] WithFields(params (string Name, string Value)[] fields) => Write(fields, withForm: true);

    public static byte[] WithoutForm() => Write([], withForm: false);

    static byte[] Write((string Name, string Value)[] fields, bool withForm)
    {
        var objects = new List<string>();
        var fieldRefs = string.Join(" ", fields.Select((_, i) => $"{i + 4} 0 R"));
        objects.Add(withForm
            ? $"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{fieldRefs}] >> >>"
            : "<< /Type /Catalog /Pages 2 0 R >>");
        objects.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >>{(withForm ? $" /Annots [{fieldRefs}]" : "")} >>");
        for (var i = 0; i < fields.Length; i++)
            objects.Add($"<< /Type /Annot /Subtype /Widget /FT /Tx /T ({Escape(fields[i].Name)}) /V ({Escape(fields[i].Value)}) " +
                        $"/Rect [40 {800 - 20 * i} 200 {815 - 20 * i}] /P 3 0 R /F 4 >>");

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    static string Escape(string s) => s.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
