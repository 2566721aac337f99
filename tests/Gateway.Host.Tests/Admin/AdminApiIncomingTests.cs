using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Core.Incoming;

namespace Gateway.Admin.Tests;

/// <summary>Received documents and afspraken per employee and case; auditors see metadata only.</summary>
public sealed class AdminApiIncomingTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<long> SeedAsync(IncomingItemKind kind, string employee, string? caseId, string description)
    {
        await using var context = _server.Database.CreateContext();
        var item = new IncomingItem
        {
            Account = "arbo",
            Kind = kind,
            Berrefnr = "B-" + employee,
            ItemId = "I-" + employee,
            EmployeeId = employee,
            CaseId = caseId,
            Date = new DateOnly(2026, 3, 2),
            Time = kind == IncomingItemKind.Afspraak ? "10:15" : null,
            Description = description,
            FileName = kind == IncomingItemKind.Document ? "re-integratieverslag-burn-out.pdf" : null,
            FileType = kind == IncomingItemKind.Document ? "pdf" : null,
            SizeBytes = 12,
            Content = kind == IncomingItemKind.Document ? [1, 2, 3] : null,
            DossierState = DossierState.Stored,
            ReceivedUtc = DateTime.UtcNow,
        };
        context.IncomingItems.Add(item);
        await context.SaveChangesAsync();
        return item.Id;
    }

    [Fact]
    public async Task Afspraken_and_documents_are_listed_per_employee_and_case_and_auditors_see_no_description_or_file_name()
    {
        var afspraak = await SeedAsync(IncomingItemKind.Afspraak, "1001", "2026-02-01", "Spreekuur bedrijfsarts (Bedrijfsarts: Visser)");
        var document = await SeedAsync(IncomingItemKind.Document, "1001", "V-7", "Plan van aanpak");
        var other = await SeedAsync(IncomingItemKind.Afspraak, "1002", null, "Spreekuur");
        using var admin = _server.Client(AdminServer.AdminKey);
        using var auditor = _server.Client(AdminServer.AuditorKey);

        async Task<long[]> Ids(string query) =>
            [.. (await admin.GetFromJsonAsync<JsonElement>("api/incoming/items?" + query)).EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).Order()];

        Assert.Equal([afspraak, document], await Ids("employee=1001"));
        Assert.Equal([afspraak, other], await Ids("kind=afspraak"));
        Assert.Equal([document], await Ids("employee=1001&case=V-7"));
        var shown = (await admin.GetFromJsonAsync<JsonElement>("api/incoming/items?kind=document")).EnumerateArray().Single();
        Assert.Equal(("Plan van aanpak", "re-integratieverslag-burn-out.pdf"), (shown.GetProperty("description").GetString(), shown.GetProperty("fileName").GetString()));

        var body = await auditor.GetStringAsync("api/incoming/items");
        Assert.DoesNotContain("Spreekuur", body, StringComparison.Ordinal);
        Assert.DoesNotContain("burn-out", body, StringComparison.Ordinal);
        Assert.Contains("\"fileType\":\"pdf\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await auditor.GetAsync("api/incoming/items?kind=letter")).StatusCode);
    }
}
