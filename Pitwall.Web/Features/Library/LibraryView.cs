using Pitwall.Sql.Library;

namespace Pitwall.Web.Features.Library;

/// <summary>The Library tab: one page of entries with the filters as the racer set them.</summary>
public sealed record LibraryView(LibraryQuery Query, LibraryPage Page)
{
    public int Pages => Math.Max(1, (Page.Total + LibraryQuery.PageSize - 1) / LibraryQuery.PageSize);

    /// <summary>The list's URL for another page with the same filters (so every page is linkable).</summary>
    public string UrlOf(int page)
    {
        var q = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) q.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("brand", Query.Brand); Add("model", Query.Model); Add("track", Query.Track); Add("traction", Query.Traction);
        Add("condition", Query.Condition); Add("q", Query.Search);
        if (page > 1) q.Add($"page={page}");
        return "/library" + (q.Count > 0 ? "?" + string.Join("&", q) : "");
    }

    public static string Conditions(LibraryEntry e) =>
        string.Join(" · ", new[] { e.Traction is { Length: > 0 } t ? $"{t} traction" : null, e.SurfaceCondition }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
