using Pitwall.Sql.Library;

namespace Pitwall.Web.Features.Library;

/// <summary>The Library tab: one page of entries with the filters as the racer set them.</summary>
public sealed record LibraryView(LibraryQuery Query, LibraryPage Page)
{
    /// <summary>"1 setup", "37 setups", or "1,000+ setups" beyond the count's limit.</summary>
    public string Count => Page.Matching > LibraryQuery.CountLimit ? $"{LibraryQuery.CountLimit:N0}+ setups"
        : Page.Matching == 1 ? "1 setup" : $"{Page.Matching:N0} setups";

    /// <summary>The list's URL for the page older than its last entry, with the same filters (so every page is linkable).</summary>
    public string OlderUrl => UrlOf("before", Page.Entries[^1].Id);

    /// <summary>The list's URL for the page newer than its first entry.</summary>
    public string NewerUrl => UrlOf("after", Page.Entries[0].Id);

    string UrlOf(string cursor, int id)
    {
        var q = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) q.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("brand", Query.Brand); Add("model", Query.Model); Add("track", Query.Track); Add("traction", Query.Traction);
        Add("condition", Query.Condition); Add("q", Query.Search);
        q.Add($"{cursor}={id}");
        return "/library?" + string.Join("&", q);
    }

    public static string Conditions(LibraryEntry e) =>
        string.Join(" · ", new[] { e.Traction is { Length: > 0 } t ? $"{t} traction" : null, e.SurfaceCondition }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
