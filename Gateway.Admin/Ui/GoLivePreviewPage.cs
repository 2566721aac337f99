using Gateway.Admin.Api;
using Gateway.Core.Accounts;
using Gateway.Core.Employers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Gateway.Admin.Ui;

/// <summary>
/// <c>/ui/employers/{integration}/{code}/preview</c> (admins): choose an account of the integration, then see what
/// activating the employer would send to it — messages per type, the uitval it would raise, masked samples.
/// </summary>
internal static class GoLivePreviewPage
{
    public static async Task<IResult> ShowAsync(string integration, string code, HttpContext context, AccountCatalog accounts, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        var page = UiRequest.Page(context);
        var p = GoLivePreviewText.For(page.T);
        var choices = accounts.All
            .Where(a => a.Integration == integration && configuration.GetSection($"{AccountCatalog.Section}:{a.Name}:Mapping").Exists())
            .Select(a => a.Name).Order(StringComparer.Ordinal).ToList();
        var account = context.Request.Query["account"].ToString();
        GoLivePreview? preview = null;
        if (choices.Contains(account) && context.RequestServices.GetService(typeof(IGoLivePreview)) is IGoLivePreview service)
        {
            preview = await service.PreviewAsync(account, code, GoLivePreviewEndpoints.DefaultSamples, cancellationToken).ConfigureAwait(false);
        }
        return UiRequest.Html(Render(page, p, integration, code, choices, account, preview));
    }

    private static Html Render(UiPage page, GoLivePreviewText p, string integration, string code, List<string> accounts, string selected, GoLivePreview? preview)
    {
        var t = page.T;
        var chooser = accounts.Count == 0
            ? H.Of($"<p class=\"empty\" id=\"no-accounts\">{p.NoAccounts}</p>")
            : H.Of($"""
                <form method="get" action="/ui/employers/{H.Url(integration)}/{H.Url(code)}/preview" class="filters">
                  {UiComponents.Select("account", t.Account, accounts.Select(a => (a, a)), selected, "")}
                  <button type="submit" id="show-preview">{p.Show}</button>
                </form>
                """);
        var body = H.Of($"""
            <p>{p.Intro}</p>
            {chooser}
            {(preview is null ? Html.Empty : Result(t, p, preview))}
            """);
        return UiLayout.Render(page, p.Title(code), body);
    }

    private static Html Result(UiText t, GoLivePreviewText p, GoLivePreview preview)
    {
        if (preview.PullError is not null)
        {
            return H.Of($"<p class=\"error\" id=\"preview-error\">{p.PullFailed}{preview.PullError}</p>");
        }
        if (!preview.Found)
        {
            return H.Of($"<p class=\"error\" id=\"preview-error\">{p.NotFound}</p>");
        }
        var counts = preview.Messages.Select(m => H.Of($"<tr><td>{m.MessageType}</td><td class=\"num\">{m.Count}</td></tr>")).ToList();
        var uitval = preview.Uitval.Select(u => H.Of($"<tr><td>{u.Stage}</td><td>{u.Connector}</td><td>{u.RecordKey}</td><td>{u.Field}</td><td>{u.Reason}</td></tr>")).ToList();
        var samples = preview.Samples.Select((s, i) => H.Of($"<h3>{s.MessageType} · {s.FileName}</h3><pre class=\"xml\" id=\"sample-{i}\">{s.MaskedXml}</pre>")).ToList();
        return H.Of($"""
            <p class="notice" id="nothing-stored">{p.NothingStored}{(preview.AlreadyActive ? " " + p.AlreadyActive : "")}</p>
            <p id="rows-read">{p.RowsRead}: {string.Join(", ", preview.RowsRead.Select(r => $"{r.Key} {r.Value}"))}</p>
            <h2 id="messages-heading">{p.MessagesToSend(preview.MessageCount)}</h2>
            {UiComponents.Table("preview-messages", [t.Type, p.Count], counts, t)}
            <h2 id="uitval-heading">{p.UitvalRaised(preview.Uitval.Count)}</h2>
            {UiComponents.Table("preview-uitval", [t.Stage, t.Connector, t.Record, t.Field, t.Reason], uitval, t)}
            {H.When(preview.Skipped > 0, H.Of($"<p id=\"preview-skipped\">{p.SkippedByProfile(preview.Skipped)}</p>"))}
            <h2>{p.Samples}</h2>
            <p class="masked" id="masked">{p.Masked}</p>
            {samples}
            """);
    }
}
