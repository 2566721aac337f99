using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Core.Privacy;

namespace Gateway.Admin.Tests;

/// <summary>
/// <c>/api/receiving</c> over a real register: received files with their status and Retourmelding, filters and paging,
/// the case with its chain, the Retourmeldingen made; the auditor's view masks BSN and classification; a bad filter is
/// a 400 naming the field; a gateway without the receiving role answers 404.
/// </summary>
public sealed class AdminApiReceivingConsoleTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync(receiving: true);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_admin_lists_files_by_state_with_their_retourmelding_and_follows_a_case_chain()
    {
        var seed = await ReceivingConsoleSeed.CreateAsync(_server);
        using var admin = _server.Client(AdminServer.AdminKey);

        var all = await admin.GetFromJsonAsync<JsonElement>("api/receiving/files?account=partner-in");
        var refused = await admin.GetFromJsonAsync<JsonElement>("api/receiving/files?state=refused");
        var paged = await admin.GetFromJsonAsync<JsonElement>("api/receiving/files?skip=1&take=1");
        var discarded = await admin.GetFromJsonAsync<JsonElement>($"api/receiving/files/{seed.Discarded.FileId}");
        var cases = await admin.GetFromJsonAsync<JsonElement>("api/receiving/cases?status=open&case=CASE-2");
        var caseId = cases.GetProperty("items")[0].GetProperty("id").GetInt64();
        var chain = await admin.GetFromJsonAsync<JsonElement>($"api/receiving/cases/{caseId}");
        var retours = await admin.GetFromJsonAsync<JsonElement>("api/receiving/retourmeldingen?code=03");

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(["Refused", "Processed", "Discarded"], all.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("state").GetString()));
        var one = Assert.Single(refused.GetProperty("items").EnumerateArray());
        Assert.Equal((seed.Refused.FileId, "03"), (one.GetProperty("id").GetInt64(), one.GetProperty("retourmeldingCode").GetString()));
        Assert.Equal("UnknownCase", one.GetProperty("errors")[0].GetProperty("kind").GetString());
        Assert.Equal((3, seed.Processed.FileId), (paged.GetProperty("total").GetInt32(), Assert.Single(paged.GetProperty("items").EnumerateArray()).GetProperty("id").GetInt64()));
        Assert.Contains($"<SofiNr>{AdminSeed.Bsn}</SofiNr>", discarded.GetProperty("xml").GetString(), StringComparison.Ordinal);
        Assert.Contains("<SrtRetmldngCd>03</SrtRetmldngCd>", discarded.GetProperty("retourmeldingXml").GetString(), StringComparison.Ordinal);
        Assert.Equal("Ziekte - overige redenen", cases.GetProperty("items")[0].GetProperty("classification").GetString());
        var link = Assert.Single(chain.GetProperty("chain").EnumerateArray());
        Assert.Equal((1, "01", seed.Processed.FileId), (link.GetProperty("sequence").GetInt32(), link.GetProperty("vrwrkCd").GetString(), link.GetProperty("fileId").GetInt64()));
        Assert.Equal([seed.Refused.Berrefnr, seed.Discarded.Berrefnr], retours.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("answeredBerrefnr").GetString()));
    }

    [Fact]
    public async Task An_auditor_sees_the_bsn_and_the_classification_masked()
    {
        var seed = await ReceivingConsoleSeed.CreateAsync(_server);
        using var auditor = _server.Client(AdminServer.AuditorKey);

        var discarded = await auditor.GetStringAsync($"api/receiving/files/{seed.Discarded.FileId}");
        var cases = await auditor.GetFromJsonAsync<JsonElement>("api/receiving/cases");

        Assert.Contains("<SofiNr>[BSN]</SofiNr>", JsonDocument.Parse(discarded).RootElement.GetProperty("xml").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(AdminSeed.Bsn, discarded, StringComparison.Ordinal);
        var found = Assert.Single(cases.GetProperty("items").EnumerateArray());
        Assert.Equal((PersonalDataScrubber.MedicalMask, PersonalDataScrubber.MedicalMask), (found.GetProperty("classification").GetString(),
            found.GetProperty("receiverClassification").GetString()));
        Assert.Equal(JsonValueKind.Null, found.GetProperty("siviClassification").ValueKind);
    }

    [Fact]
    public async Task A_bad_filter_names_the_field_and_a_gateway_without_the_receiving_role_answers_404()
    {
        using var admin = _server.Client(AdminServer.AdminKey);
        var bad = await admin.GetAsync("api/receiving/files?state=lost&from=yesterday");
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        await using var sendingOnly = await AdminServer.StartAsync();
        using var other = sendingOnly.Client(AdminServer.AdminKey);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToList();
        Assert.Equal(["from", "state"], fields);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("api/receiving/files")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("api/receiving/files/999")).StatusCode);
    }
}
