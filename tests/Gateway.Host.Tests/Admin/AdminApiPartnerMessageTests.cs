using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Core.PartnerSending;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Tests;

/// <summary>Admins queue Documenten and Afspraken for a receiving account's partner; bad requests name the field; auditors cannot queue.</summary>
public sealed class AdminApiPartnerMessageTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync(overrides: new Dictionary<string, string?>
    {
        ["Gateway:ReceivingAccounts:wg:Kind"] = "HostedSftp",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_queued_document_request_is_stored_audited_and_listed_without_its_content()
    {
        using var admin = _server.Client(AdminServer.AdminKey);
        using var auditor = _server.Client(AdminServer.AuditorKey);
        var request = JsonDocument.Parse("""{"type":"Documenten","employee":"1001","documentType":"208","date":"2026-02-01","fileName":"pa.pdf"}""").RootElement;

        var queued = await admin.PostAsJsonAsync("api/partner-messages", new { account = "wg", request, document = Convert.ToBase64String("%PDF-1.4 x"u8.ToArray()) });
        var noDocument = await admin.PostAsJsonAsync("api/partner-messages", new { account = "wg", request });
        var unknown = await admin.PostAsJsonAsync("api/partner-messages", new { account = "nobody", request = JsonDocument.Parse("""{"type":"Afspraken"}""").RootElement });
        var forbidden = await auditor.PostAsJsonAsync("api/partner-messages", new { account = "wg", request });

        Assert.Equal(HttpStatusCode.Created, queued.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noDocument.StatusCode);
        Assert.Contains("document", (await noDocument.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains("no receiving account nobody", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        await using var context = _server.Database.CreateContext();
        var stored = await context.OutgoingPartnerMessages.SingleAsync();
        Assert.Equal(("wg", "Documenten", OutgoingState.Requested, "api:fb"), (stored.Account, stored.MessageType, stored.State, stored.Origin));
        Assert.Equal("%PDF-1.4 x"u8.ToArray(), stored.Attachment);
        Assert.Single(await context.AuditLog.Where(a => a.Action == "partner-message.request").ToListAsync());
        var listed = await auditor.GetStringAsync("api/partner-messages?account=wg");
        Assert.Contains("\"state\":\"Requested\"", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("1001", listed, StringComparison.Ordinal);
    }
}
