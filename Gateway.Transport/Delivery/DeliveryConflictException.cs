namespace Gateway.Transport.Delivery;

/// <summary>
/// The final name already holds a different file (other size or content): the existing file was left alone and
/// nothing was published. Trying again does not help.
/// </summary>
public sealed class DeliveryConflictException : IOException
{
    public DeliveryConflictException(string path, long existingSize, long newSize)
        : base($"delivery refused: '{path}' already exists with different content ({existingSize} bytes there, {newSize} bytes to deliver); " +
               "it was left alone")
    {
        Path = path;
        ExistingSize = existingSize;
        NewSize = newSize;
    }

    public DeliveryConflictException()
    {
        Path = "";
    }

    public DeliveryConflictException(string message)
        : base(message)
    {
        Path = "";
    }

    public DeliveryConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "";
    }

    public string Path { get; }

    public long ExistingSize { get; }

    public long NewSize { get; }
}
