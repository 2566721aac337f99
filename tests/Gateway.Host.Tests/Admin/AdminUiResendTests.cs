using System.Net;
using Gateway.Core.Ledger;

namespace Gateway.Admin.Tests;

/// <summary>The resend button on a message's page: admins only, delivered messages only, antiforgery-protected, audited.</summary>
public sealed class AdminUiResendTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_admin_resends_a_delivered_message_from_its_page_with_the_form_token_and_it_is_audited()
    {
        var delivered = await _server.Seed.MessageAsync("arbo", "U-1", state: LedgerState.Delivered);
        var queued = await _server.Seed.MessageAsync("arbo", "U-2");
        using var admin = await UiBrowser.LoggedInAsync(_server, AdminServer.AdminKey);
        using var auditor = await UiBrowser.LoggedInAsync(_server, AdminServer.AuditorKey);

        Assert.Contains("id=\"resend\"", await admin.GetStringAsync($"ui/messages/{delivered}"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"resend\"", await admin.GetStringAsync($"ui/messages/{queued}"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"resend\"", await auditor.GetStringAsync($"ui/messages/{delivered}"), StringComparison.Ordinal);

        var forged = await admin.PostAsync($"ui/messages/{delivered}/resend", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var denied = await UiBrowser.PostAsync(auditor, $"ui/messages/{delivered}", $"ui/messages/{delivered}/resend");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(LedgerState.Delivered, (await _server.Seed.LedgerAsync(delivered)).State);
        Assert.Empty(await _server.Seed.AuditAsync());

        var resent = await UiBrowser.PostAsync(admin, $"ui/messages/{delivered}", $"ui/messages/{delivered}/resend");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(LedgerState.Queued, (await _server.Seed.LedgerAsync(delivered)).State);
        var audit = Assert.Single(await _server.Seed.AuditAsync());
        Assert.Equal(("message.resend", $"message/{delivered}", "fb"), (audit.Action, audit.Target, audit.User));
        var page = await admin.GetStringAsync(resent.Headers.Location!.OriginalString.TrimStart('/'));
        Assert.Contains("again under its original file name", page, StringComparison.Ordinal);

        var notDelivered = await UiBrowser.PostAsync(admin, $"ui/messages/{delivered}", $"ui/messages/{queued}/resend");
        Assert.Contains("notice=message-not-resent", notDelivered.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Single(await _server.Seed.AuditAsync());
    }
}
