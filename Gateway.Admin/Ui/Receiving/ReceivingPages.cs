using Gateway.Admin.Data;
using Microsoft.AspNetCore.Http;

namespace Gateway.Admin.Ui.Receiving;

/// <summary>The GET handlers of the receiving pages: load through the same services as the API, render, answer.</summary>
internal static class ReceivingPages
{
    /// <summary>A receiving account's page, with the notices of the receiving actions.</summary>
    public static Task<IResult> AccountAsync(UiPage page, AccountDetail detail, HttpContext context, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        page = WithNotice(page, context);
        return Task.FromResult(UiRequest.Html(ReceivingAccountPage.Render(page, detail, [])));
    }

    /// <summary>The page with the notice of a receiving action when the shared notices do not know its key.</summary>
    public static UiPage WithNotice(UiPage page, HttpContext context) =>
        page.Notice is null && context.Request.Query["notice"].ToString() is { Length: > 0 } key
            ? page with
            {
                Notice = ReceivingText.For(page.T).Notice(key, context.Request.Query["subject"].ToString(),
                    int.TryParse(context.Request.Query["count"], out var count) ? count : 0),
            }
            : page;
}
