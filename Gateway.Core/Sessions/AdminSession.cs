namespace Gateway.Core.Sessions;

/// <summary>
/// A web UI session kept on the server: the browser's cookie holds only <see cref="Id"/>. Logout, the user's key being
/// rotated or removed, and <see cref="ExpiresUtc"/> end it for every node at once; an ended session's row stays (without
/// its ticket) as a record of who was logged in when.
/// </summary>
public sealed class AdminSession
{
    /// <summary>A random 256-bit id (base64url): what the cookie carries.</summary>
    public required string Id { get; set; }

    public required string UserName { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }

    /// <summary>The absolute end, whatever the activity.</summary>
    public DateTime ExpiresUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    /// <summary>Why it ended: <c>logout</c>, <c>key-changed</c>.</summary>
    public string? EndReason { get; set; }

    /// <summary>The serialized authentication ticket (name, role, key id: no secrets); null once ended.</summary>
    public byte[]? Ticket { get; set; }
}
