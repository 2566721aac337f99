namespace Gateway.Admin.Ui;

/// <summary>Small pieces the pages share: tables, badges, select lists.</summary>
internal static class UiComponents
{
    public static Html Table(string id, IEnumerable<string> headers, IReadOnlyCollection<Html> rows, UiText t) => rows.Count == 0
        ? H.Of($"<p class=\"empty\" id=\"{id}\">{t.NothingFound}</p>")
        : H.Of($"<table id=\"{id}\"><thead><tr>{headers.Select(h => H.Of($"<th>{h}</th>"))}</tr></thead><tbody>{rows}</tbody></table>");

    public static Html Badge(string cssClass, string text, string? id = null) =>
        id is null
            ? H.Of($"<span class=\"badge {cssClass}\">{text}</span>")
            : H.Of($"<span class=\"badge {cssClass}\" id=\"{id}\">{text}</span>");

    /// <summary>A select with an empty "all" option first; <paramref name="selected"/> is kept.</summary>
    public static Html Select(string name, string label, IEnumerable<(string Value, string Text)> options, string? selected, string allText) =>
        H.Of($"""<label>{label} <select name="{name}" id="{name}"><option value="">{allText}</option>{options.Select(o => Option(o.Value, o.Text, selected))}</select></label>""");

    public static Html TextInput(string name, string label, string? value) =>
        H.Of($"""<label>{label} <input type="text" name="{name}" id="{name}" value="{value}"></label>""");

    private static Html Option(string value, string text, string? selected) =>
        string.Equals(value, selected, StringComparison.OrdinalIgnoreCase)
            ? H.Of($"<option value=\"{value}\" selected>{text}</option>")
            : H.Of($"<option value=\"{value}\">{text}</option>");
}
