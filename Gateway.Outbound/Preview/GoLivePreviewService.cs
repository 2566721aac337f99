using Gateway.Afas.Client;
using Gateway.Afas.Client.Errors;
using Gateway.Afas.Preview;
using Gateway.Core.Accounts;
using Gateway.Core.Employers;
using Gateway.Core.Integrations;
using Gateway.Core.Persistence;
using Gateway.Core.Privacy;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Sequencing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Preview;

/// <summary>
/// The go-live preview: what activating an employer would send to an account. AFAS is read live for that employer
/// (<see cref="EmployerPreviewPull"/>: a sync stores nothing of an inactive employer), its rows are laid over the
/// integration's stored state as the first sync after activation would record them (every row new), and the batch goes
/// through the conversion and validation gate the service uses (<see cref="SiviConversionService"/>) with case
/// numbers counted in memory. Nothing is written to the database, the ledger, the outbox or a partner: the database
/// is only read (the stored state and whether the employer is active).
/// </summary>
public sealed class GoLivePreviewService(GatewayDatabase database, AccountCatalog accounts, IntegrationCatalog integrations, IConfiguration configuration,
    SiviValidator validator, IHttpClientFactory http, TimeProvider clock, ILoggerFactory loggers) : IGoLivePreview
{
    public async Task<GoLivePreview> PreviewAsync(string account, string employer, int samples, CancellationToken cancellationToken)
    {
        var options = accounts.Get(account);
        var profile = MappingProfileLoader.ForAccount(configuration, options)
            ?? throw new InvalidOperationException($"account '{account}' has no mapping profile ({AccountCatalog.Section}:{account}:Mapping): it converts nothing");
        var integration = integrations.Get(options.Integration);
        await using var context = database.CreateContext();
        var active = await context.Employers.AsNoTracking()
            .AnyAsync(e => e.Integration == integration.Name && e.Code == employer && e.Active, cancellationToken).ConfigureAwait(false);
        var logger = loggers.CreateLogger<GoLivePreviewService>();
        EmployerPreviewRows rows;
        try
        {
            var client = new AfasConnectorClient(http.CreateClient(Afas.AfasServiceCollectionExtensions.HttpClientName), integration.Afas,
                loggers.CreateLogger<AfasConnectorClient>(), clock);
            rows = await new EmployerPreviewPull(client, clock).ReadAsync(integration, employer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AfasException or HttpRequestException or TimeoutException or System.Text.Json.JsonException)
        {
            PreviewLog.PullFailed(logger, account, employer, e.Message);
            return new GoLivePreview(account, integration.Name, employer, null, active, false, new Dictionary<string, int>(), [], [], 0, [],
                PersonalDataScrubber.Scrub(e.Message));
        }
        var snapshot = await SourceSnapshotLoader.LoadAsync(context, integration.Name, cancellationToken).ConfigureAwait(false);
        var batch = FirstSync(rows, snapshot);
        var service = new SiviConversionService(profile, validator, new InMemoryCaseSequenceStore(), clock, loggers.CreateLogger<SiviConversionService>(), parallelism: 1);
        var result = await service.ConvertAsync(batch, snapshot, cancellationToken).ConfigureAwait(false);
        var uitval = rows.Rejected
            .Select(r => new GoLivePreviewUitval("Import", r.ConnectorId, r.RecordKey?.Value, r.Field, PersonalDataScrubber.Scrub(r.Reason) ?? ""))
            .Concat(result.Failures.Select(f => new GoLivePreviewUitval(f.Stage.ToString(), f.Connector, f.RecordKey, f.Field, PersonalDataScrubber.Scrub(f.Reason) ?? "")))
            .ToList();
        var counts = result.Messages.GroupBy(m => m.MessageName, StringComparer.Ordinal)
            .Select(g => new GoLivePreviewCount(g.Key, g.Count())).OrderBy(c => c.MessageType, StringComparer.Ordinal).ToList();
        PreviewLog.Done(logger, account, employer, result.Messages.Count, uitval.Count);
        return new GoLivePreview(account, integration.Name, employer, rows.Werkgevers.FirstOrDefault()?.Werkgeversnaam, active, rows.Found,
            rows.RowsRead, counts, uitval, result.Skipped.Count, Samples(result, samples), null);
    }

    /// <summary>
    /// The employer's rows as the first sync after activation records them: each one new, and part of the state the
    /// conversion reads (the environment-wide organisation units and managers, stored already, are refreshed from AFAS).
    /// </summary>
    private static ConversionBatch FirstSync(EmployerPreviewRows rows, Convert.Source.SourceSnapshot snapshot)
    {
        var batch = new ConversionBatch();
        rows.Organigram.ForEach(snapshot.Put);
        rows.AccountsAutorisaties.ForEach(snapshot.Put);
        foreach (var row in rows.Werkgevers)
        {
            snapshot.Put(row);
            batch.Werkgevers.Add(SourceChange.New(row));
        }
        foreach (var row in rows.MedewerkerGegevens)
        {
            snapshot.Put(row);
            batch.MedewerkerGegevens.Add(SourceChange.New(row));
        }
        foreach (var row in rows.MedewerkerIban)
        {
            snapshot.Put(row);
            batch.MedewerkerIban.Add(SourceChange.New(row));
        }
        foreach (var row in rows.Verzuim)
        {
            snapshot.Put(row);
            batch.Verzuim.Add(SourceChange.New(row));
        }
        return batch;
    }

    /// <summary>Up to <paramref name="count"/> messages, one of each type first, indented with every kind of personal data masked.</summary>
    private static List<GoLivePreviewSample> Samples(ConversionResult result, int count)
    {
        var firstOfEachType = result.Messages.GroupBy(m => m.MessageName, StringComparer.Ordinal).Select(g => g.First());
        return firstOfEachType.Concat(result.Messages).Distinct().Take(Math.Max(0, count))
            .Select(m => new GoLivePreviewSample(m.MessageName, m.FileName, XmlBodyMasking.Format(m.Content, masked: true)))
            .ToList();
    }
}
