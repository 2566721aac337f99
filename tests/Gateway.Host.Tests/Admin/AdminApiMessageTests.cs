using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Core.Ledger;

namespace Gateway.Admin.Tests;

/// <summary>Message search, message detail (pretty XML, masked for auditors) and the Retourmelding audit.</summary>
public sealed class AdminApiMessageTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_admin_resends_a_delivered_message_and_an_auditor_may_not()
    {
        var delivered = await _server.Seed.MessageAsync("arbo", "R-1", state: LedgerState.Delivered);
        var queued = await _server.Seed.MessageAsync("arbo", "R-2");
        using var auditor = _server.Client(AdminServer.AuditorKey);
        using var admin = _server.Client(AdminServer.AdminKey);

        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync($"api/messages/{delivered}/resend", null)).StatusCode);
        var resent = await admin.PostAsync($"api/messages/{delivered}/resend", null);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains("again under its original file name", (await resent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"api/messages/{queued}/resend", null)).StatusCode);
        Assert.Equal(LedgerState.Queued, (await _server.Seed.LedgerAsync(delivered)).State);
        Assert.Contains(await _server.Seed.AuditAsync(), a => a.Action == "message.resend" && a.Target == $"message/{delivered}");
    }

    [Fact]
    public async Task Search_filters_by_account_type_employee_case_berrefnr_state_and_period()
    {
        var mutation = await _server.Seed.MutationAsync("EMP-42");
        var old = await _server.Seed.MessageAsync("arbo", "S-1", caseKey: "CASE-A", createdUtc: new DateTime(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc));
        var employee = await _server.Seed.MessageAsync("arbo", "S-2", caseKey: "CASE-B", sourceMutationId: mutation);
        var employment = await _server.Seed.MessageAsync("arbo", "S-3", caseKey: "EMP-42", type: "Dienstverbanden");
        var other = await _server.Seed.MessageAsync("arbo-sftp", "S-4", caseKey: "CASE-A", state: LedgerState.Delivered);
        using var auditor = _server.Client(AdminServer.AuditorKey);

        async Task<long[]> Ids(string query)
        {
            var page = await auditor.GetFromJsonAsync<JsonElement>("api/messages?" + query);
            return [.. page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetInt64()).Order()];
        }

        Assert.Equal([old, employee, employment, other], await Ids(""));
        Assert.Equal([old, employee, employment], await Ids("account=arbo"));
        Assert.Equal([employment], await Ids("type=Dienstverbanden"));
        Assert.Equal([employee, employment], await Ids("employee=EMP-42"));
        Assert.Equal([old, other], await Ids("case=CASE-A"));
        Assert.Equal([employee], await Ids("berrefnr=S-2"));
        Assert.Equal([other], await Ids("state=delivered"));
        Assert.Equal([old], await Ids("from=2026-01-10&to=2026-01-10"));
        Assert.Equal([old], await Ids("to=2026-01-10T10:00:00Z"));
        Assert.Equal([employee, employment, other], await Ids("from=2026-01-11"));
        var paged = await auditor.GetFromJsonAsync<JsonElement>("api/messages?take=2&skip=1");
        Assert.Equal((4, 2), (paged.GetProperty("total").GetInt32(), paged.GetProperty("items").GetArrayLength()));

        var bad = await auditor.GetAsync("api/messages?state=lost&from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("queued", errors.GetProperty("state")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", errors.GetProperty("from")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_detail_is_pretty_xml_and_auditors_see_bsn_and_iban_masked()
    {
        var id = await _server.Seed.MessageAsync("arbo", AdminSeed.BerrefnrWithDigits, type: "WerknemerGegevens",
            body: AdminSeed.PersonXml(AdminSeed.BerrefnrWithDigits), lastError: $"receiver said BSN {AdminSeed.OtherBsn} unknown");
        using var admin = _server.Client(AdminServer.AdminKey);
        using var auditor = _server.Client(AdminServer.AuditorKey);

        var forAdmin = await admin.GetFromJsonAsync<JsonElement>($"api/messages/{id}");
        var adminXml = forAdmin.GetProperty("xml").GetString()!;
        Assert.False(forAdmin.GetProperty("masked").GetBoolean());
        Assert.Contains($"<SofiNr>{AdminSeed.Bsn}</SofiNr>", adminXml, StringComparison.Ordinal);
        Assert.Contains($"<Iban>{AdminSeed.Iban}</Iban>", adminXml, StringComparison.Ordinal);
        Assert.Contains("\n  <BrAlg>\n    <Berrefnr>", adminXml, StringComparison.Ordinal);

        var forAuditor = await auditor.GetStringAsync($"api/messages/{id}");
        var detail = JsonDocument.Parse(forAuditor).RootElement;
        var xml = detail.GetProperty("xml").GetString()!;
        Assert.True(detail.GetProperty("masked").GetBoolean());
        Assert.Contains("<SofiNr>[BSN]</SofiNr>", xml, StringComparison.Ordinal);
        Assert.Contains("<Iban>[IBAN]</Iban>", xml, StringComparison.Ordinal);
        Assert.Contains("<Opmerking>BSN [BSN] en rekening [IBAN]</Opmerking>", xml, StringComparison.Ordinal);
        Assert.Contains($"<Berrefnr>{AdminSeed.BerrefnrWithDigits}</Berrefnr>", xml, StringComparison.Ordinal);
        Assert.Contains("<IdWrknmr>EMP-1</IdWrknmr>", xml, StringComparison.Ordinal);
        Assert.Contains("<Achternaam>Verbeek</Achternaam>", adminXml, StringComparison.Ordinal);
        foreach (var secret in new[] { AdminSeed.Bsn, AdminSeed.OtherBsn, AdminSeed.Iban, "0417 1643", "Verbeek", "1971-03-09" })
        {
            Assert.DoesNotContain(secret, forAuditor, StringComparison.Ordinal);
        }
        Assert.Equal("receiver said BSN [BSN] unknown", detail.GetProperty("message").GetProperty("lastError").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync("api/messages/987654")).StatusCode);
    }

    [Fact]
    public async Task Retourmeldingen_lists_answered_messages_of_the_period_with_rejection_reasons()
    {
        var now = DateTime.UtcNow;
        var acknowledged = await _server.Seed.MessageAsync("arbo", "A-1", state: LedgerState.Acknowledged, acknowledgedUtc: now.AddDays(-3));
        var rejected = await _server.Seed.MessageAsync("arbo", "A-2", state: LedgerState.Rejected, acknowledgedUtc: now.AddDays(-1),
            lastError: $"FOUT 012: werknemer met BSN {AdminSeed.Bsn} onbekend");
        var longAgo = await _server.Seed.MessageAsync("arbo-sftp", "A-3", state: LedgerState.Rejected, acknowledgedUtc: now.AddDays(-20), lastError: "FOUT 001");
        await _server.Seed.MessageAsync("arbo", "A-4", state: LedgerState.Delivered);
        using var auditor = _server.Client(AdminServer.AuditorKey);
        using var admin = _server.Client(AdminServer.AdminKey);

        async Task<long[]> Ids(HttpClient client, string query) =>
            [.. (await client.GetFromJsonAsync<JsonElement>("api/retourmeldingen" + query)).EnumerateArray().Select(r => r.GetProperty("messageId").GetInt64())];

        Assert.Equal([rejected, acknowledged], await Ids(auditor, ""));
        Assert.Equal([rejected], await Ids(auditor, "?outcome=rejected"));
        Assert.Equal([rejected, longAgo], await Ids(auditor, "?outcome=rejected&days=30"));
        Assert.Equal([longAgo], await Ids(auditor, "?account=arbo-sftp&days=30"));
        var masked = (await auditor.GetFromJsonAsync<JsonElement>("api/retourmeldingen?outcome=rejected"))[0];
        Assert.Equal("FOUT 012: werknemer met BSN [BSN] onbekend", masked.GetProperty("reasons").GetString());
        var plain = (await admin.GetFromJsonAsync<JsonElement>("api/retourmeldingen?outcome=rejected"))[0];
        Assert.Contains(AdminSeed.Bsn, plain.GetProperty("reasons").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await auditor.GetAsync("api/retourmeldingen?days=0&outcome=maybe")).StatusCode);

        var dashboard = await auditor.GetFromJsonAsync<JsonElement>("api/dashboard");
        Assert.Equal(1, dashboard.GetProperty("rejections").GetInt32());
    }
}
