namespace Gateway.Transport.Delivery;

/// <summary>
/// Where an account's messages go (SFTP push, hosted pull folder, local folder). Implementations must be idempotent
/// by file name: delivering a file that is already at the receiver under its final name, with the same content,
/// succeeds without a second copy (a retry after an unknown outcome).
/// </summary>
public interface IDeliveryTarget : IAsyncDisposable
{
    Task DeliverAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}
