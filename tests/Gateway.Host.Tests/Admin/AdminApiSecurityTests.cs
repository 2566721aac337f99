using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Host.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin.Tests;

/// <summary>Who may call the admin API: keys in two headers, encrypted keys, roles, and nothing secret in logs.</summary>
public sealed class AdminApiSecurityTests : IAsyncLifetime
{
    private AdminServer _server = null!;

    public async Task InitializeAsync() => _server = await AdminServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Without_a_known_key_every_api_call_and_the_openapi_document_is_401()
    {
        using var anonymous = _server.Client(null);
        using var wrong = _server.Client("not-a-configured-key-at-all");

        var response = await anonymous.GetAsync("api/accounts");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("api/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("api/accounts/arbo/block", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("openapi/v1.json")).StatusCode);

        Assert.DoesNotContain(_server.Logs.Lines, l => l.Contains("not-a-configured-key-at-all", StringComparison.Ordinal));
        Assert.Contains(_server.Logs.Lines, l => l.Contains("Rejected an unknown API key on /api/accounts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_address_that_presented_too_many_unknown_keys_gets_429_even_with_a_known_key_until_its_window_ends()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        await using var server = await AdminServer.StartAsync(clock, new Dictionary<string, string?>
        {
            ["Gateway:Admin:FailedKeyLimit"] = "3",
            ["Gateway:Admin:FailedKeyWindowMinutes"] = "15",
        });
        using var guesser = server.Client("guess-0123456789abcdef");
        using var admin = server.Client(AdminServer.AdminKey);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("api/accounts")).StatusCode); // a known key does not count
        for (var guess = 0; guess < 3; guess++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("api/accounts")).StatusCode);
        }
        clock.Advance(TimeSpan.FromMinutes(5));
        var refused = await admin.GetAsync("api/accounts");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(10), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Single(server.Logs.Lines, l => l.Contains("3 unknown API keys from 127.0.0.1 within 15 minutes", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains("guess-0123456789abcdef", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("api/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("api/accounts")).StatusCode);
    }

    [Fact]
    public async Task An_auditor_reads_but_every_change_is_403_and_changes_nothing()
    {
        var uitval = await _server.Seed.UitvalAsync(Gateway.Core.Uitval.UitvalStage.Import, "demo", "Newdays_Connect_Verzuim_v1", "R-1", "Datum invalid");
        await _server.Seed.EmployerAsync("01", "Bakkerij Jansen");
        using var auditor = _server.Client(AdminServer.AuditorKey);

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("api/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("api/audit")).StatusCode);
        var forbidden = new[]
        {
            await auditor.PostAsJsonAsync("api/accounts/arbo/block", new { reason = "x" }),
            await auditor.PostAsJsonAsync("api/accounts/arbo/restart", new { pending = "process" }),
            await auditor.PostAsync($"api/uitval/{uitval}/retry", null),
            await auditor.PostAsJsonAsync($"api/uitval/{uitval}/dismiss", new { reason = "x" }),
            await auditor.PostAsync("api/employers/demo/01/activate", null),
        };
        Assert.All(forbidden, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));

        Assert.Empty(await _server.Seed.AuditAsync());
        Assert.Equal(Gateway.Core.Uitval.UitvalStatus.Open, (await _server.Seed.UitvalEntryAsync(uitval)).Status);
    }

    [Fact]
    public async Task A_bearer_token_works_like_the_header_and_an_encrypted_key_authenticates_its_user()
    {
        using var script = _server.Client(AdminServer.ScriptKey, bearer: true);

        var response = await script.PostAsJsonAsync("api/accounts/arbo/block", new { reason = "maintenance" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = Assert.Single(await _server.Seed.AuditAsync());
        Assert.Equal(("script", "account.block", "arbo", "maintenance"), (audit.User, audit.Action, audit.Target, audit.Reason));
        Assert.DoesNotContain(_server.Logs.Lines, l => l.Contains(AdminServer.ScriptKey, StringComparison.Ordinal) || l.Contains(AdminServer.AdminKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_admin_endpoints_and_both_ways_to_send_the_key()
    {
        using var client = _server.Client(AdminServer.AuditorKey);

        var document = await client.GetFromJsonAsync<JsonElement>("openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/accounts", "/api/accounts/{name}", "/api/accounts/{name}/block", "/api/accounts/{name}/restart",
            "/api/employers", "/api/employers/{integration}/{code}/activate", "/api/employers/{integration}/{code}/deactivate",
            "/api/integrations", "/api/integrations/{name}/pulls", "/api/messages", "/api/messages/{id}",
            "/api/uitval", "/api/uitval/{id}/retry", "/api/uitval/{id}/dismiss", "/api/retourmeldingen", "/api/audit", "/api/dashboard",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));
        Assert.DoesNotContain(paths, p => p.StartsWith("/ui", StringComparison.Ordinal));
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        var restart = document.GetProperty("paths").GetProperty("/api/accounts/{name}/restart").GetProperty("post");
        Assert.True(restart.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public void Bad_admin_configuration_names_every_bad_setting_but_never_a_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateway:Admin:Urls"] = "ftp://nope",
            ["Gateway:Admin:Users:0:Name"] = "fb",
            ["Gateway:Admin:Users:0:ApiKey"] = "short-secret",
            ["Gateway:Admin:Users:0:Role"] = "Admin",
            ["Gateway:Admin:Users:1:Name"] = "",
            ["Gateway:Admin:Users:1:ApiKey"] = "",
        }).Build();

        var error = Assert.Throws<Gateway.Core.Configuration.InvalidConfigurationException>(() => new ServiceCollection().AddGatewayAdmin(configuration));

        Assert.Contains("Gateway:Admin:Urls", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway:Admin:Users:1:Name is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway:Admin:Users:1:ApiKey is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway:Admin:Users:1:Role must be Admin or Auditor", error.Message, StringComparison.Ordinal);

        var shortKey = Assert.Throws<Gateway.Core.Configuration.InvalidConfigurationException>(() => new ServiceCollection().AddGatewayAdmin(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Gateway:Admin:Users:0:Name"] = "fb",
                ["Gateway:Admin:Users:0:ApiKey"] = "short-secret",
                ["Gateway:Admin:Users:0:Role"] = "Admin",
            }).Build()));
        Assert.Contains("Gateway:Admin:Users:0:ApiKey must be at least 16 characters", shortKey.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short-secret", shortKey.Message, StringComparison.Ordinal);
    }
}
