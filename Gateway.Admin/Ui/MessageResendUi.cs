using System.Globalization;
using System.Security.Claims;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Gateway.Core.Ledger;
using Microsoft.AspNetCore.Http;

namespace Gateway.Admin.Ui;

/// <summary>
/// The resend button on a message's page (admins, delivered or acknowledged messages): the same resend as
/// <c>gateway messages resend ID</c> and <c>POST /api/messages/{id}/resend</c> (<see cref="IMessageResend"/>: original
/// file name or a new Berrefnr as the account chooses, audited as <c>message.resend</c> under the admin's name).
/// </summary>
internal static class MessageResendUi
{
    /// <summary>The button, when the viewer may resend this message.</summary>
    public static Html Button(UiPage page, MessageSummary message) =>
        page.IsAdmin && message.State is nameof(LedgerState.Delivered) or nameof(LedgerState.Acknowledged)
            ? page.Form($"/ui/messages/{message.Id}/resend", H.Of($"<button type=\"submit\" id=\"resend\">{(page.T.Language == "en" ? "Send again" : "Opnieuw versturen")}</button>"))
            : Html.Empty;

    public static async Task<IResult> ResendAsync(long id, HttpContext context, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (context.RequestServices.GetService(typeof(IMessageResend)) is not IMessageResend resend)
        {
            return UiRequest.Message(context, StatusCodes.Status503ServiceUnavailable, t => t.NotFound);
        }
        var subject = id.ToString(CultureInfo.InvariantCulture);
        var outcomes = await resend.ResendAsync(new ResendSelection(Message: subject), AdminPrincipal.UserName(user), cancellationToken).ConfigureAwait(false);
        var outcome = outcomes.FirstOrDefault(o => o.MessageId == id);
        return outcome is null
            ? UiRequest.Done($"/ui/messages/{id}", "message-not-resent", subject)
            : UiRequest.Done($"/ui/messages/{id}", "message-resent", outcome.Detail);
    }
}
