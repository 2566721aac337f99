using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Gateway.Admin.Ui;

/// <summary>
/// Previous/next links under a list that shows one page of a longer result (<c>?skip=</c>, the filters kept), with the
/// rows shown and the total: "101–200 van 771".
/// </summary>
internal static class UiPager
{
    public const string SkipKey = "skip";

    public static Html Render(UiText t, string path, IQueryCollection query, int total, int skip, int take)
    {
        if (total <= take && skip == 0)
        {
            return Html.Empty;
        }
        var first = Math.Min(skip + 1, total);
        var last = Math.Min(skip + take, total);
        var previous = skip > 0
            ? H.Of($"<a rel=\"prev\" id=\"page-previous\" href=\"{Link(path, query, Math.Max(0, skip - take))}\">{t.PagerPrevious}</a>")
            : Html.Empty;
        var next = skip + take < total
            ? H.Of($"<a rel=\"next\" id=\"page-next\" href=\"{Link(path, query, skip + take)}\">{t.PagerNext}</a>")
            : Html.Empty;
        return H.Of($"<nav class=\"pager\" id=\"pager\">{previous} <span id=\"page-range\">{t.PagerRange(first, last, total)}</span> {next}</nav>");
    }

    /// <summary>The same page with every other query value kept and <c>skip</c> replaced.</summary>
    private static string Link(string path, IQueryCollection query, int skip)
    {
        var parts = query.Where(q => q.Key != SkipKey)
            .SelectMany(q => q.Value.Select(v => $"{H.Url(q.Key)}={H.Url(v ?? "")}"))
            .Append($"{SkipKey}={skip.ToString(CultureInfo.InvariantCulture)}");
        return $"{path}?{string.Join('&', parts)}";
    }
}
