namespace Gateway.Receiving.Hosted;

/// <summary>
/// The key the gateway issued to a hosted receiving account's partner: only the public half and its fingerprint are
/// kept (the private key and its passphrase are handed over once and never stored). A rotation replaces the row.
/// </summary>
public sealed class HostedLogin
{
    public string Account { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>OpenSSH one-line public key (<c>ssh-ed25519 AAAA… comment</c>).</summary>
    public string PublicKey { get; set; } = "";

    /// <summary><c>SHA256:…</c>, as <c>ssh-keygen -l</c> prints it.</summary>
    public string Fingerprint { get; set; } = "";

    public DateTime IssuedUtc { get; set; }

    public string IssuedBy { get; set; } = "";
}
