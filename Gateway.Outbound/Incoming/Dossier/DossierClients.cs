using Gateway.Afas.Dossier;
using Gateway.Core.Accounts;
using Gateway.Core.Integrations;
using Microsoft.Extensions.Logging;

namespace Gateway.Outbound.Incoming.Dossier;

/// <summary>The UpdateConnector client of an account: its integration's AFAS environment and token, on the pooled AFAS HTTP handler.</summary>
public sealed class DossierClients(IntegrationCatalog integrations, IHttpClientFactory http, ILoggerFactory loggers, TimeProvider clock)
{
    public KnSubjectClient For(PartnerAccountOptions account) =>
        new(http.CreateClient(Afas.AfasServiceCollectionExtensions.HttpClientName), integrations.Get(account.Integration).Afas,
            loggers.CreateLogger<KnSubjectClient>(), clock);
}
