namespace Gateway.Host.Delivery;

/// <summary>Where an account's files go.</summary>
public sealed class DeliveryOptions
{
    /// <summary><c>Folder</c> (a local folder or the hosted pull outbox) or <c>SftpPush</c> (upload to the partner's server).</summary>
    public DeliveryKind Kind { get; set; } = DeliveryKind.Folder;

    /// <summary>For <see cref="DeliveryKind.Folder"/>: the outbox folder (default <c>var/outbox/&lt;account&gt;</c>).</summary>
    public string? Folder { get; set; }

    public SftpPushOptions Sftp { get; set; } = new();
}

public enum DeliveryKind
{
    Folder = 1,
    SftpPush = 2,
}
