namespace Gateway.Admin.Ui;

/// <summary>The page frame: head, navigation, user and language switch, notice. No scripts, no external resources.</summary>
internal static class UiLayout
{
    public static Html Render(UiPage page, string title, Html body, bool refresh = false)
    {
        var t = page.T;
        var separator = page.Path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var nav = page.User is null
            ? Html.Empty
            : H.Of($"""
                <nav>
                  <a href="/ui">{t.Dashboard}</a>
                  <a href="/ui/employers">{t.Employers}</a>
                  <a href="/ui/uitval">{t.Uitval}</a>
                  <a href="/ui/retourmeldingen">{t.Retourmeldingen}</a>
                  <a href="/ui/afspraken">{t.Afspraken}</a>
                  <a href="/ui/messages">{t.Messages}</a>
                  <a href="/ui/audit">{t.Audit}</a>
                  <a href="/ui/schedules">{OperationsText.For(t).Schedules}</a>
                  <a href="/ui/pulls">{OperationsText.For(t).PendingPulls}</a>
                  <a href="/ui/receiving" id="nav-receiving">{Receiving.ReceivingText.For(t).Receiving}</a>
                  <span class="who" id="who">{page.User} ({(page.IsAdmin ? t.RoleAdmin : t.RoleAuditor)})</span>
                  {page.Form("/ui/logout", H.Of($"<button type=\"submit\" id=\"logout\">{t.Logout}</button>"))}
                </nav>
                """);
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
            </head>
            <body>
              <header>
                <strong>{t.AppTitle}</strong>
                <a class="lang" id="lang" href="{page.Path}{separator}lang={t.OtherLanguageCode}">{t.OtherLanguage}</a>
              </header>
              {nav}
              <main>
                <h1>{title}</h1>
                {notice}
                {body}
              </main>
            </body>
            </html>
            """);
    }
}
