using Gateway.Host.Audit;
using Gateway.Host.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Admin.Data;

/// <summary>Employers awaiting verification, and (de)activating them with the change and its audit entry in one transaction.</summary>
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

    /// <summary>Activates or deactivates; false when the integration has no such employer.</summary>
    public async Task<bool> SetActiveAsync(string integration, string code, bool active, string user, string? reason, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var employer = await context.Employers.SingleOrDefaultAsync(e => e.Integration == integration && e.Code == code, cancellationToken).ConfigureAwait(false);
        if (employer is null)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        employer.Active = active;
        employer.ActivatedUtc = active ? now : null;
        employer.ActivatedBy = active ? user : null;
        var action = active ? "employer.activate" : "employer.deactivate";
        var target = $"{integration}/{code}";
        context.AuditLog.Add(new AuditEntry { AtUtc = now, User = user, Action = action, Target = target, Reason = reason });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        AdminLog.Changed(logger, user, action, target);
        return true;
    }
}
