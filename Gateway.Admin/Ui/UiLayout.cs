namespace Gateway.Admin.Ui;

/// <summary>
/// The page frame: head, navigation (the current page marked with <c>aria-current="page"</c>), user and language switch,
/// the alert banner, notice, and a footer stating the time rule. No scripts, no external resources.
/// </summary>
internal static class UiLayout
{
    public static Html Render(UiPage page, string title, Html body, bool refresh = false)
    {
        var t = page.T;
        var separator = page.Path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var nav = page.User is null
            ? Html.Empty
            : H.Of($"""
                <nav aria-label="{t.AppTitle}">
                  {Links(page)}
                  <span class="who" id="who">{page.User} ({(page.IsAdmin ? t.RoleAdmin : t.RoleAuditor)})</span>
                  {page.Form("/ui/logout", H.Of($"<button type=\"submit\" id=\"logout\">{t.Logout}</button>"))}
                </nav>
                """);
        var alerts = page.Alerts is { } loaded ? UiAlerts.Render(t, loaded) : Html.Empty;
        var notice = page.Notice is null ? Html.Empty : H.Of($"<p class=\"notice\" id=\"notice\">{page.Notice}</p>");
        var meta = refresh ? H.Of($"<meta http-equiv=\"refresh\" content=\"5\">") : Html.Empty;
        return H.Of($"""
            <!DOCTYPE html>
            <html lang="{t.Language}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              {meta}
              <title>{title} — {t.AppTitle}</title>
              <link rel="stylesheet" href="/ui/admin.css">
              <link rel="icon" href="/ui/favicon.svg" type="image/svg+xml">
            </head>
            <body>
              <header>
                <strong>{t.AppTitle}</strong>
                <a class="lang" id="lang" href="{page.Path}{separator}lang={t.OtherLanguageCode}">{t.OtherLanguage}</a>
              </header>
              {nav}
              <main>
                {alerts}
                <h1>{title}</h1>
                {notice}
                {body}
              </main>
              <footer id="time-rule">{Charts.ChartText.For(t).TimeZoneRule}</footer>
            </body>
            </html>
            """);
    }

    private static IEnumerable<Html> Links(UiPage page)
    {
        var t = page.T;
        var path = page.Path.Split('?')[0].TrimEnd('/');
        (string Href, string Text, string? Id)[] links =
        [
            ("/ui", t.Dashboard, "menu-dashboard"),
            ("/ui/employers", t.Employers, "menu-employers"),
            ("/ui/uitval", t.Uitval, "menu-uitval"),
            ("/ui/retourmeldingen", t.Retourmeldingen, "menu-retourmeldingen"),
            ("/ui/afspraken", t.Afspraken, "menu-afspraken"),
            ("/ui/messages", t.Messages, "menu-messages"),
            ("/ui/audit", t.Audit, "menu-audit"),
            ("/ui/schedules", OperationsText.For(t).Schedules, "menu-schedules"),
            ("/ui/pulls", OperationsText.For(t).PendingPulls, "menu-pulls"),
            ("/ui/receiving", Receiving.ReceivingText.For(t).Receiving, "nav-receiving"),
        ];
        return links.Select(l => IsCurrent(path, l.Href)
            ? H.Of($"<a href=\"{l.Href}\" id=\"{l.Id}\" aria-current=\"page\">{l.Text}</a>")
            : H.Of($"<a href=\"{l.Href}\" id=\"{l.Id}\">{l.Text}</a>"));
    }

    /// <summary>The dashboard only at <c>/ui</c> itself; another page also for the pages under it (a message, a received file).</summary>
    private static bool IsCurrent(string path, string href) => href == "/ui"
        ? path == "/ui"
        : path == href || path.StartsWith(href + "/", StringComparison.Ordinal);
}
