namespace Sivi.Messages.Writing;

/// <summary>The model holds something the chosen message type and release cannot carry.</summary>
public sealed class SiviWriteException : Exception
{
    public SiviWriteException()
    {
    }

    public SiviWriteException(string message)
        : base(message)
    {
    }

    public SiviWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
