using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Gateway.Admin.Tests;

/// <summary>Every error answer of the API is problem details: unreadable bodies, unknown routes, a busy database.</summary>
public sealed class AdminApiProblemTests
{
    [Fact]
    public async Task Malformed_json_is_a_400_problem_saying_the_body_could_not_be_read_and_changes_nothing()
    {
        await using var server = await AdminServer.StartAsync();
        using var admin = server.Client(AdminServer.AdminKey);

        using var body = new StringContent("{\"reason\": \"half", Encoding.UTF8, "application/json");
        var response = await admin.PostAsync("api/accounts/arbo/block", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The request could not be read", problem.GetProperty("title").GetString());
        Assert.Contains("as JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("half", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(await server.Seed.AuditAsync());
        var accounts = await admin.GetFromJsonAsync<JsonElement>("api/accounts");
        Assert.False(accounts.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "arbo").GetProperty("blocked").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await using var server = await AdminServer.StartAsync();
        using var admin = server.Client(AdminServer.AdminKey);

        var response = await admin.GetAsync("api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_locked_database_is_a_503_problem_with_retry_after_and_the_same_call_works_once_the_lock_is_gone()
    {
        await using var server = await AdminServer.StartAsync(databaseBusyTimeoutSeconds: 1);
        using var admin = server.Client(AdminServer.AdminKey);

        await using (var locker = new SqliteConnection($"Data Source={server.DatabaseFile};Pooling=False"))
        {
            await locker.OpenAsync();
            await using var begin = locker.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();

            var busy = await admin.PostAsJsonAsync("api/accounts/arbo/block", new { reason = "partner migrates" });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), busy.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", busy.Content.Headers.ContentType?.MediaType);
            var problem = await busy.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("The database is busy", problem.GetProperty("title").GetString());
            Assert.Contains(server.Logs.Lines, l => l.Contains("Answered POST /api/accounts/arbo/block with 503", StringComparison.Ordinal));
        }

        var retried = await admin.PostAsJsonAsync("api/accounts/arbo/block", new { reason = "partner migrates" });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(["account.block"], (await server.Seed.AuditAsync()).Select(a => a.Action));
    }
}
