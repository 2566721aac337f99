using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Afas.Simulator.Hosting;

namespace Afas.Simulator.Tests;

/// <summary>The UpdateConnector KnSubject: token, field checks with AFAS-style errors, and what it accepted is kept.</summary>
public sealed class KnSubjectEndpointTests : IAsyncLifetime
{
    private AfasSimulatorServer _simulator = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _simulator = await AfasSimulatorServer.StartAsync(new AfasSimulatorOptions { Employees = 10, Token = "KN-TOKEN" });

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    private static string Body(string fields, string employee = "1001", string attachment = """{"FileName":"a.pdf","FileStream":"JVBERi0xLjQ="}""") =>
        "{\"KnSubject\":{\"Element\":{\"Fields\":" + fields + ",\"Objects\":[{\"KnSubjectLink\":{\"Element\":{\"Fields\":{\"ToEM\":true,\"SfTp\":2,\"SfId\":\""
            + employee + "\"}}}},{\"KnSubjectAttachment\":{\"Element\":[{\"Fields\":" + attachment + "}]}}]}}}";

    private async Task<(HttpStatusCode Status, JsonElement Answer)> PostAsync(string body, string token = "KN-TOKEN")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_simulator.BaseUrl, "ProfitRestServices/connectors/KnSubject"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("AfasToken",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"<token><version>1</version><data>{token}</data></token>")));
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task A_valid_item_is_kept_with_its_decoded_attachment_and_answered_with_its_id()
    {
        var (status, answer) = await PostAsync(Body("""{"StId":7,"Ds":"Document 208","Da":"2026-02-01T00:00:00"}"""));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("10001", answer.GetProperty("results").GetProperty("KnSubject").GetProperty("SbId").GetString());
        var stored = Assert.Single(_simulator.Subjects.All);
        Assert.Equal((7, "Document 208", "1001"), (stored.SubjectType, stored.Description, stored.EmployeeId));
        Assert.Equal("%PDF-1.4"u8.ToArray(), Assert.Single(stored.Attachments).Content);
    }

    [Theory]
    [InlineData("""{"Ds":"x"}""", "1001", """{"FileName":"a.pdf","FileStream":"JVBERi0xLjQ="}""", "StId")]
    [InlineData("""{"StId":7}""", "1001", """{"FileName":"a.pdf","FileStream":"JVBERi0xLjQ="}""", "Ds")]
    [InlineData("""{"StId":7,"Ds":"x"}""", "1001", """{"FileName":"a.pdf","FileStream":"@@@"}""", "geen geldige base64")]
    [InlineData("""{"StId":7,"Ds":"x"}""", "1001", """{"FileStream":"JVBERi0xLjQ="}""", "FileName")]
    [InlineData("""{"StId":7,"Ds":"x"}""", "9999", """{"FileName":"a.pdf","FileStream":"JVBERi0xLjQ="}""", "Medewerker '9999' bestaat niet")]
    public async Task An_item_Profit_would_refuse_is_a_400_naming_the_field_and_nothing_is_kept(string fields, string employee, string attachment, string named)
    {
        var (status, answer) = await PostAsync(Body(fields, employee, attachment));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(named, answer.GetProperty("externalMessage").GetString(), StringComparison.Ordinal);
        Assert.Empty(_simulator.Subjects.All);
    }

    [Fact]
    public async Task A_wrong_token_is_a_401_and_nothing_is_kept()
    {
        var (status, _) = await PostAsync(Body("""{"StId":7,"Ds":"x"}"""), token: "WRONG");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(_simulator.Subjects.All);
    }
}
