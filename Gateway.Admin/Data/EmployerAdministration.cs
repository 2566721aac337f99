using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin.Data;

/// <summary>Employers awaiting verification for the admin API and UI; (de)activation is the shared <see cref="Core.Employers.EmployerStore"/>'s.</summary>
internal sealed class EmployerAdministration(GatewayDatabase database, TimeProvider clock, ILogger<EmployerAdministration> logger)
{
    public async Task<IReadOnlyList<EmployerRecord>> ListAsync(string? integration, bool? active, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var query = context.Employers.AsNoTracking();
        if (integration is not null)
        {
            query = query.Where(e => e.Integration == integration);
        }
        if (active is { } wanted)
        {
            query = query.Where(e => e.Active == wanted);
        }
        var employers = await query.OrderBy(e => e.Active).ThenBy(e => e.Integration).ThenBy(e => e.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. employers.Select(e => new EmployerRecord(e.Integration, e.Code, e.Name, e.Active, Utc.Of(e.FirstSeenUtc), Utc.Of(e.ActivatedUtc), e.ActivatedBy))];
    }

    /// <summary>Activates or deactivates (audited by <see cref="Core.Employers.EmployerStore"/>); false when the integration has no such employer.</summary>
    public async Task<bool> SetActiveAsync(string integration, string code, bool active, string user, string? reason, CancellationToken cancellationToken)
    {
        if (!await new Core.Employers.EmployerStore(database, clock).SetActiveAsync(integration, code, active, user, cancellationToken, reason).ConfigureAwait(false))
        {
            return false;
        }
        var target = $"{integration}/{code}";
        AdminLog.Changed(logger, user, active ? "employer.activate" : "employer.deactivate", target);
        return true;
    }
}
