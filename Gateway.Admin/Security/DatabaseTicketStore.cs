using System.Security.Cryptography;
using Gateway.Core.Persistence;
using Gateway.Core.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Admin.Security;

/// <summary>
/// Keeps UI sessions in the gateway's database (<see cref="AdminSession"/>) so that the cookie holds only a random
/// session id: logout ends the session on the server (a copied cookie is worthless afterwards), every node sees it,
/// and a session ends at <see cref="AdminOptions.SessionHours"/> whatever the activity.
/// </summary>
internal sealed class DatabaseTicketStore(GatewayDatabase database, AdminOptions options, TimeProvider time) : ITicketStore
{
    /// <summary>The ticket property that carries the session's id, so the validator can end it.</summary>
    public const string SessionIdProperty = "gateway.session";

    /// <summary>How long an ended or expired session's row is kept as a record.</summary>
    private static readonly TimeSpan KeptAfterEnd = TimeSpan.FromDays(90);

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var id = Base64Url(RandomNumberGenerator.GetBytes(32));
        ticket.Properties.Items[SessionIdProperty] = id;
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        context.AdminSessions.Add(new AdminSession
        {
            Id = id,
            UserName = ticket.Principal.Identity?.Name ?? "",
            CreatedUtc = now,
            LastSeenUtc = now,
            ExpiresUtc = now.AddHours(options.SessionHours),
            Ticket = TicketSerializer.Default.Serialize(ticket),
        });
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await context.AdminSessions.Where(s => s.ExpiresUtc < now - KeptAfterEnd).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ticket.Properties.Items[SessionIdProperty] = key;
        var now = time.GetUtcNow().UtcDateTime;
        var bytes = TicketSerializer.Default.Serialize(ticket);
        await using var context = database.CreateContext();
        await context.AdminSessions.Where(s => s.Id == key && s.EndedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Ticket, bytes).SetProperty(s => s.LastSeenUtc, now), cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        var ticket = await context.AdminSessions.AsNoTracking()
            .Where(s => s.Id == key && s.EndedUtc == null && s.ExpiresUtc > now)
            .Select(s => s.Ticket).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return ticket is null ? null : TicketSerializer.Default.Deserialize(ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => EndAsync(key, "logout", cancellationToken);

    /// <summary>Ends a session for good: its cookie no longer signs anyone in, on any node.</summary>
    public async Task EndAsync(string key, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        await context.AdminSessions.Where(s => s.Id == key && s.EndedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedUtc, now).SetProperty(s => s.EndReason, reason).SetProperty(s => s.Ticket, (byte[]?)null),
                cancellationToken)
            .ConfigureAwait(false);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
