namespace Gateway.Admin;

/// <summary>One person or script allowed to use the admin API and UI (<c>Gateway:Admin:Users:&lt;n&gt;</c>).</summary>
public sealed class AdminUserOptions
{
    /// <summary>The name written to the audit log for every change this user makes.</summary>
    public string Name { get; set; } = "";

    /// <summary>At least 16 characters; plain or <c>enc:v1:…</c>. Never logged.</summary>
    public string ApiKey { get; set; } = "";

    public AdminRole Role { get; set; }

    /// <summary>Keeps the key out of logs and debugger views.</summary>
    public override string ToString() => $"{Name} ({Role})";
}
