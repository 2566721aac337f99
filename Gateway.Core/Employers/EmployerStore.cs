using Gateway.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Core.Employers;

/// <summary>Employers per integration: new ones are recorded inactive; an admin activates (or deactivates) them.</summary>
public sealed class EmployerStore(GatewayDatabase database, TimeProvider clock)
{
    /// <summary>Records employers a Werkgevers pull saw; returns the codes that were new (inactive, awaiting activation).</summary>
    public async Task<IReadOnlyList<string>> RecordSeenAsync(string integration, IReadOnlyDictionary<string, string?> seen, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var known = await context.Employers.Where(e => e.Integration == integration).ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var created = new List<string>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (code, name) in seen)
        {
            if (known.TryGetValue(code, out var employer))
            {
                employer.Name = name ?? employer.Name;
                continue;
            }
            context.Employers.Add(new Employer { Integration = integration, Code = code, Name = name ?? code, Active = false, FirstSeenUtc = now });
            created.Add(code);
        }
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return created;
    }

    public async Task<IReadOnlyList<Employer>> ListAsync(string? integration, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.Employers.AsNoTracking()
            .Where(e => integration == null || e.Integration == integration)
            .OrderBy(e => e.Integration).ThenBy(e => e.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets an employer (in)active, with its audit entry in the same transaction; false when the integration has no such
    /// employer. The CLI and the admin API both work through here.
    /// </summary>
    public async Task<bool> SetActiveAsync(string integration, string code, bool active, string by, CancellationToken cancellationToken, string? reason = null)
    {
        await using var context = database.CreateContext();
        var employer = await context.Employers.SingleOrDefaultAsync(e => e.Integration == integration && e.Code == code, cancellationToken).ConfigureAwait(false);
        if (employer is null)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        employer.Active = active;
        employer.ActivatedUtc = active ? now : null;
        employer.ActivatedBy = active ? by : null;
        context.AuditLog.Add(new Audit.AuditEntry
        {
            AtUtc = now,
            User = by,
            Action = active ? "employer.activate" : "employer.deactivate",
            Target = $"{integration}/{code}",
            Reason = reason,
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
