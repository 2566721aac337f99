using Gateway.Core.Accounts;
using Gateway.Core.Configuration;
using Gateway.Host.Health;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Convert.Profile;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Hosting;

/// <summary>Converts new mutations into messages for every account that has a mapping profile (<c>Gateway:Accounts:&lt;name&gt;:Mapping</c>).</summary>
public sealed class ConversionWorker(AccountCatalog accounts, IConfiguration configuration, ConversionStage stage, GatewayHostOptions options,
    TimeProvider clock, WorkerHeartbeats heartbeats, ILogger<ConversionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var profiles = accounts.All
            .Select(a => (Account: a, Profile: MappingProfileLoader.ForAccount(configuration, a)))
            .Where(p => p.Profile is not null)
            .Select(p => (p.Account, Profile: p.Profile!))
            .ToList();
        while (!stoppingToken.IsCancellationRequested)
        {
            heartbeats.Beat(nameof(ConversionWorker), options.PollInterval);
            var produced = 0;
            foreach (var (account, profile) in profiles)
            {
                using var scope = HostLog.ForAccount(logger, account.Name);
                try
                {
                    produced += await stage.RunOnceAsync(account, profile, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    HostLog.WorkerFailed(logger, nameof(ConversionWorker), account.Name, e);
                }
            }
            if (produced == 0)
            {
                await Task.Delay(options.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
