namespace Gateway.Admin;

/// <summary>What an admin user may do.</summary>
public enum AdminRole
{
    /// <summary>Reads everything and changes things (block, restart, activate, retry, dismiss).</summary>
    Admin = 1,

    /// <summary>Reads only; BSN and IBAN are masked in everything shown.</summary>
    Auditor = 2,
}
