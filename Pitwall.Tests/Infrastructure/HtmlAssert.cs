namespace Pitwall.Tests.Infrastructure;

/// <summary>Checks on a page's text that a bare IndexOf comparison gets wrong.</summary>
public static class HtmlAssert
{
    /// <summary>Each text is there, in this order (comparing IndexOf alone passes when one is missing: −1 comes first).</summary>
    public static void InOrder(string html, params string[] texts)
    {
        var at = texts.Select(t => html.IndexOf(t, StringComparison.Ordinal)).ToList();
        foreach (var (position, text) in at.Zip(texts)) Assert.True(position >= 0, $"\"{text}\" is missing");
        Assert.Equal(at.Order(), at);
    }
}
