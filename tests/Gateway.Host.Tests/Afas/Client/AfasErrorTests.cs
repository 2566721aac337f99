using System.Diagnostics;
using System.Net;
using Afas.Simulator.Faults;
using Gateway.Afas.Client;
using Gateway.Afas.Client.Errors;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;

namespace Gateway.Afas.Tests.Client;

public class AfasErrorTests
{
    [Fact]
    public async Task A_refused_token_is_an_authentication_error_without_retries_or_the_token()
    {
        await using var server = await AfasTestServer.StartAsync();
        var client = server.Client(o => o.Token = "WRONG-SECRET-TOKEN");

        var e = await Assert.ThrowsAsync<AfasAuthenticationException>(() => AfasPagingTests.ReadAllAsync<WerkgeverRow>(client));

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
        Assert.False(e.IsTransient);
        Assert.Equal(1, e.Attempts);
        Assert.False(string.IsNullOrEmpty(e.ExternalMessage));
        Assert.Equal(1, server.Simulator.Statistics.RequestsFor(AfasConnectorIds.Werkgevers));
        Assert.DoesNotContain("WRONG-SECRET-TOKEN", e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("WRONG-SECRET-TOKEN", server.Logger.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_injected_401_is_reported_as_such()
    {
        await using var server = await AfasTestServer.StartAsync();
        server.Simulator.Faults.Inject(AfasConnectorIds.Verzuim, new SimulatedFault(SimulatedFaultKind.Unauthorized));

        var e = await Assert.ThrowsAsync<AfasAuthenticationException>(() => AfasPagingTests.ReadAllAsync<VerzuimRow>(server.Client()));

        Assert.Equal(HttpStatusCode.Unauthorized, e.StatusCode);
    }

    [Fact]
    public async Task An_ip_restriction_is_an_access_denied_error()
    {
        await using var server = await AfasTestServer.StartAsync();
        server.Simulator.IpRestricted = true;

        var e = await Assert.ThrowsAsync<AfasAccessDeniedException>(() => AfasPagingTests.ReadAllAsync<OrganigramRow>(server.Client()));

        Assert.Equal(HttpStatusCode.Forbidden, e.StatusCode);
        Assert.Equal(1, e.Attempts);
    }

    [Fact]
    public async Task An_unknown_connector_is_not_found()
    {
        await using var server = await AfasTestServer.StartAsync();
        var query = AfasQuery.For<WerkgeverRow>() with { ConnectorId = "Newdays_Connect_Bestaat_Niet_v1" };

        var e = await Assert.ThrowsAsync<AfasConnectorNotFoundException>(() => AfasPagingTests.ReadAllAsync(server.Client(), query));

        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Equal("Newdays_Connect_Bestaat_Niet_v1", e.ConnectorId);
    }

    [Fact]
    public async Task A_persistent_500_surfaces_the_afas_message_and_log_reference_after_the_retries()
    {
        await using var server = await AfasTestServer.StartAsync();
        server.Simulator.Faults.Inject(AfasConnectorIds.Werkgevers,
            new SimulatedFault(SimulatedFaultKind.ServerError) { ExternalMessage = "Database niet bereikbaar", ErrorNumber = 42 }, requests: 10);

        var e = await Assert.ThrowsAsync<AfasServerException>(() => AfasPagingTests.ReadAllAsync<WerkgeverRow>(server.Client(o => o.MaxAttempts = 3)));

        Assert.Equal(HttpStatusCode.InternalServerError, e.StatusCode);
        Assert.Equal("Database niet bereikbaar", e.ExternalMessage);
        Assert.Equal("42", e.Details.ErrorNumber);
        Assert.StartsWith("{", e.ProfitLogReference, StringComparison.Ordinal);
        Assert.Contains(e.ProfitLogReference!, e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Attempts);
        Assert.Equal(3, server.Simulator.Statistics.RequestsFor(AfasConnectorIds.Werkgevers));
    }

    [Fact]
    public async Task A_passing_500_is_retried_to_success()
    {
        await using var server = await AfasTestServer.StartAsync();
        server.Simulator.Faults.Inject(AfasConnectorIds.Werkgevers, new SimulatedFault(SimulatedFaultKind.ServerError), requests: 2);

        var rows = await AfasPagingTests.ReadAllAsync<WerkgeverRow>(server.Client());

        Assert.NotEmpty(rows);
        Assert.Equal(3, server.Simulator.Statistics.RequestsFor(AfasConnectorIds.Werkgevers));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_503_with_retry_after_is_waited_for_and_retried(bool inHeader, bool inBody)
    {
        await using var server = await AfasTestServer.StartAsync();
        server.Simulator.Faults.Inject(AfasConnectorIds.Werkgevers, new SimulatedFault(SimulatedFaultKind.Unavailable)
        {
            RetryAfterSeconds = 1,
            RetryAfterInHeader = inHeader,
            RetryAfterInBody = inBody,
        });
        var watch = Stopwatch.StartNew();

        var rows = await AfasPagingTests.ReadAllAsync<WerkgeverRow>(server.Client());

        Assert.NotEmpty(rows);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited only {watch.Elapsed}");
        Assert.Equal(2, server.Simulator.Statistics.RequestsFor(AfasConnectorIds.Werkgevers));
    }

    [Fact]
    public async Task A_retry_after_beyond_the_allowed_wait_fails_at_once_with_the_retry_after()
    {
        await using var server = await AfasTestServer.StartAsync();
        server.Simulator.Faults.Inject(AfasConnectorIds.Werkgevers, new SimulatedFault(SimulatedFaultKind.Unavailable) { RetryAfterSeconds = 600 });

        var e = await Assert.ThrowsAsync<AfasServerException>(() => AfasPagingTests.ReadAllAsync<WerkgeverRow>(server.Client()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(600), e.Details.RetryAfter);
        Assert.Equal(1, e.Attempts);
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_the_retry_succeeds()
    {
        await using var server = await AfasTestServer.StartAsync();
        server.Simulator.Faults.Inject(AfasConnectorIds.Organigram, new SimulatedFault(SimulatedFaultKind.SlowResponse) { Delay = TimeSpan.FromSeconds(20) });
        var watch = Stopwatch.StartNew();

        var rows = await AfasPagingTests.ReadAllAsync<OrganigramRow>(server.Client(o => o.RequestTimeout = TimeSpan.FromMilliseconds(400)));

        Assert.NotEmpty(rows);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "the slow answer was not waited for");
        Assert.Contains(server.Logger.Entries, e => e.Text.Contains(nameof(AfasTimeoutException), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Persistent_timeouts_end_in_a_timeout_error()
    {
        await using var server = await AfasTestServer.StartAsync();
        server.Simulator.Faults.Inject(AfasConnectorIds.Organigram, new SimulatedFault(SimulatedFaultKind.SlowResponse) { Delay = TimeSpan.FromSeconds(20) }, requests: 5);

        var e = await Assert.ThrowsAsync<AfasTimeoutException>(() => AfasPagingTests.ReadAllAsync<OrganigramRow>(
            server.Client(o => { o.RequestTimeout = TimeSpan.FromMilliseconds(200); o.MaxAttempts = 2; })));

        Assert.Equal(2, e.Attempts);
    }

    [Theory]
    [InlineData(SimulatedFaultKind.TruncatedJson, nameof(AfasInvalidResponseException))]
    [InlineData(SimulatedFaultKind.ConnectionDrop, nameof(AfasConnectionException))]
    public async Task A_broken_page_is_fetched_again_and_delivered_once(SimulatedFaultKind kind, string failure)
    {
        await using var server = await AfasTestServer.StartAsync(employees: 100);
        var expected = await AfasPagingTests.ReadAllAsync<MedewerkerIbanRow>(server.Client());
        var client = server.Client(o => o.PageSize = 30);
        var rows = new List<MedewerkerIbanRow>();
        var pages = 0;

        await foreach (var page in client.ReadPagesAsync<MedewerkerIbanRow>())
        {
            rows.AddRange(page.Rows);
            if (++pages == 2)
            {
                server.Simulator.Faults.Inject(AfasConnectorIds.MedewerkerIban, new SimulatedFault(kind));
            }
        }

        Assert.Equal(expected, rows);
        // 3 requests for the expected rows (50 a page), 4 pages of 30 and one retry
        Assert.Equal(3 + 4 + 1, server.Simulator.Statistics.RequestsFor(AfasConnectorIds.MedewerkerIban));
        Assert.Contains(server.Logger.Entries, e => e.Text.Contains(failure, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Persistently_truncated_json_is_an_invalid_response_error()
    {
        await using var server = await AfasTestServer.StartAsync();
        server.Simulator.Faults.Inject(AfasConnectorIds.Werkgevers, new SimulatedFault(SimulatedFaultKind.TruncatedJson), requests: 5);

        var e = await Assert.ThrowsAsync<AfasInvalidResponseException>(() => AfasPagingTests.ReadAllAsync<WerkgeverRow>(server.Client(o => o.MaxAttempts = 3)));

        Assert.Equal(3, e.Attempts);
        Assert.True(e.IsTransient);
    }

    [Fact]
    public async Task A_pull_that_fails_halfway_is_abandoned_and_never_committed()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 200);
        var target = new ListStagingTarget<MedewerkerIbanRow>(onStage: staged =>
        {
            if (staged == 2)
            {
                server.Simulator.Faults.Inject(AfasConnectorIds.MedewerkerIban, new SimulatedFault(SimulatedFaultKind.ServerError), requests: 10);
            }
        });

        await Assert.ThrowsAsync<AfasServerException>(() =>
            server.Client(o => { o.PageSize = 40; o.MaxAttempts = 2; }).PullAsync(target, server.Logger));

        Assert.Equal(2, target.StagedPages);
        Assert.True(target.Abandoned);
        Assert.Null(target.Committed);
    }

    [Fact]
    public async Task A_complete_pull_is_committed_with_its_summary()
    {
        await using var server = await AfasTestServer.StartAsync(employees: 200);
        var target = new ListStagingTarget<MedewerkerIbanRow>();

        var summary = await server.Client(o => o.PageSize = 40).PullAsync(target, server.Logger);

        Assert.Equal(new AfasPullSummary(AfasConnectorIds.MedewerkerIban, 6, 200, 0, 0), summary);
        Assert.Equal(summary, target.Committed);
        Assert.False(target.Abandoned);
        Assert.Equal(200, target.Rows.Count);
    }

    [Fact]
    public async Task Faults_and_the_ip_switch_are_reachable_over_http()
    {
        await using var server = await AfasTestServer.StartAsync();
        var admin = server.Simulator.BaseUrl;

        using (var inject = await server.Http.PostAsync(new Uri(admin, $"/_sim/faults?connector={AfasConnectorIds.Werkgevers}&kind=ServerError&count=2"), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, inject.StatusCode);
        }
        Assert.NotEmpty(await AfasPagingTests.ReadAllAsync<WerkgeverRow>(server.Client()));
        Assert.Equal(3, server.Simulator.Statistics.RequestsFor(AfasConnectorIds.Werkgevers));

        using (var restrict = await server.Http.PostAsync(new Uri(admin, "/_sim/ip-restriction?enabled=true"), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, restrict.StatusCode);
        }
        await Assert.ThrowsAsync<AfasAccessDeniedException>(() => AfasPagingTests.ReadAllAsync<WerkgeverRow>(server.Client()));
        using (var open = await server.Http.PostAsync(new Uri(admin, "/_sim/ip-restriction?enabled=false"), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, open.StatusCode);
        }
        Assert.NotEmpty(await AfasPagingTests.ReadAllAsync<WerkgeverRow>(server.Client()));
    }

    [Fact]
    public async Task A_refused_connection_is_retried_and_then_a_connection_error()
    {
        using var http = new HttpClient();
        var logger = new RecordingLogger<AfasConnectorClient>();
        var client = new AfasConnectorClient(http, new AfasClientOptions
        {
            BaseUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}"),
            Token = "TOKEN",
            MaxAttempts = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RetryMaxDelay = TimeSpan.FromMilliseconds(10),
        }, logger);

        var e = await Assert.ThrowsAsync<AfasConnectionException>(() => AfasPagingTests.ReadAllAsync<WerkgeverRow>(client));

        Assert.Equal(3, e.Attempts);
        Assert.Equal(2, logger.Entries.Count(l => l.Text.Contains("retrying", StringComparison.Ordinal)));
    }
}
