namespace Gateway.Core.Accounts;

/// <summary>Where an account's files go.</summary>
public sealed class DeliveryOptions
{
    /// <summary><c>Folder</c> (a local folder or the hosted pull outbox) or <c>SftpPush</c> (upload to the partner's server).</summary>
    public DeliveryKind Kind { get; set; } = DeliveryKind.Folder;

    /// <summary>For <see cref="DeliveryKind.Folder"/>: the outbox folder (default <c>var/outbox/&lt;account&gt;</c>).</summary>
    public string? Folder { get; set; }

    public SftpPushOptions Sftp { get; set; } = new();

    /// <summary>For <see cref="DeliveryKind.Hosted"/>: the partner's login on the SFTP server the gateway hosts.</summary>
    public HostedLoginOptions Hosted { get; set; } = new();

    /// <summary>How a resent message goes out: under its original file name (default) or as a copy with a new Berrefnr.</summary>
    public ResendAs ResendAs { get; set; } = ResendAs.OriginalName;
}

public enum ResendAs
{
    /// <summary>The same message again: same Berrefnr, same file name.</summary>
    OriginalName = 1,

    /// <summary>A copy with a new Berrefnr (in the XML and the file name), a new ledger row.</summary>
    NewBerrefnr = 2,
}

/// <summary>A partner's login on the hosted SFTP server (see <c>gateway sftp-accounts provision</c>).</summary>
public sealed class HostedLoginOptions
{
    /// <summary>The Linux user the partner logs in as (lower case, e.g. gw-acme).</summary>
    public string SystemUser { get; set; } = "";

    /// <summary>The partner's OpenSSH public keys; password login is not offered.</summary>
    public List<string> AuthorizedKeys { get; set; } = [];
}

public enum DeliveryKind
{
    Folder = 1,
    SftpPush = 2,

    /// <summary>The partner collects from an outbox on the SFTP server the gateway hosts (chrooted per account).</summary>
    Hosted = 3,
}
