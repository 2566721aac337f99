using Gateway.Core.Integrations;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Afas.Tests.Sync;

/// <summary>Only employers an admin activated are synchronised; new ones arrive inactive and are listed.</summary>
public sealed class ActivationGateTests
{
    [Fact]
    public async Task New_employers_arrive_inactive_and_nothing_of_theirs_is_stored()
    {
        await using var harness = await SyncHarness.StartAsync();

        var results = await harness.RunAllAsync();

        var employers = await harness.Employers.ListAsync("acme", CancellationToken.None);
        Assert.NotEmpty(employers);
        Assert.All(employers, e => Assert.False(e.Active));
        Assert.Equal(employers.Select(e => e.Code).Order(), results[AfasConnectorIds.Werkgevers].NewEmployers.Order());
        foreach (var gated in new[] { AfasConnectorIds.Werkgevers, AfasConnectorIds.MedewerkerGegevens, AfasConnectorIds.MedewerkerIban, AfasConnectorIds.Verzuim })
        {
            Assert.Empty(await harness.StateAsync(gated));
            Assert.Equal(0, results[gated].New);
            Assert.True(results[gated].SkippedInactive > 0, gated);
        }
        // the organisation chart and managers belong to the environment, not to one employer
        Assert.NotEmpty(await harness.StateAsync(AfasConnectorIds.Organigram));
    }

    [Fact]
    public async Task Activating_one_employer_synchronises_its_employees_absences_and_ibans_only()
    {
        await using var harness = await SyncHarness.StartAsync();
        await harness.RunAllAsync();
        var chosen = (await harness.Employers.ListAsync("acme", CancellationToken.None))[0].Code;
        Assert.True(await harness.Employers.SetActiveAsync("acme", chosen, true, "admin", CancellationToken.None));

        var results = await harness.RunAllAsync();

        Assert.Equal(1, results[AfasConnectorIds.Werkgevers].New);
        var employees = await harness.StateAsync(AfasConnectorIds.MedewerkerGegevens);
        Assert.NotEmpty(employees);
        await using var context = harness.Database.CreateContext();
        var owners = await context.ConnectorRecords.AsNoTracking()
            .Where(r => r.Connector != AfasConnectorIds.Organigram && r.Connector != AfasConnectorIds.AccountsAutorisaties)
            .Select(r => new { r.Connector, r.EmployerCode, r.SubjectKey })
            .ToListAsync();
        Assert.All(owners, o => Assert.Equal(chosen, o.EmployerCode));
        var guids = owners.Where(o => o.Connector == AfasConnectorIds.MedewerkerGegevens).Select(o => o.SubjectKey).ToHashSet();
        var ibans = owners.Where(o => o.Connector == AfasConnectorIds.MedewerkerIban).ToList();
        Assert.NotEmpty(ibans);
        Assert.All(ibans, i => Assert.Contains(i.SubjectKey, guids));
        Assert.True(results[AfasConnectorIds.MedewerkerIban].SkippedInactive > 0);
    }

    [Fact]
    public async Task Deactivating_an_employer_stops_its_sync_without_reporting_its_records_gone()
    {
        await using var harness = await SyncHarness.StartAsync();
        await harness.ActivateAllAsync();
        await harness.RunAllAsync();
        var employer = (await harness.Employers.ListAsync("acme", CancellationToken.None))[0].Code;
        var before = (await harness.StateAsync(AfasConnectorIds.MedewerkerGegevens)).Count;

        await harness.Employers.SetActiveAsync("acme", employer, false, "admin", CancellationToken.None);
        var results = await harness.RunAllAsync();

        Assert.All(results.Values, r => Assert.Equal(0, r.Gone));
        Assert.Equal(before, (await harness.StateAsync(AfasConnectorIds.MedewerkerGegevens)).Count);
        Assert.True(results[AfasConnectorIds.MedewerkerGegevens].SkippedInactive > 0);
    }
}
