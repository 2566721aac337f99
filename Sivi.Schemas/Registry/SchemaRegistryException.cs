namespace Sivi.Schemas.Registry;

/// <summary>A schema directory that cannot be used: missing, unreadable, malformed or ambiguous.</summary>
public sealed class SchemaRegistryException : Exception
{
    public SchemaRegistryException()
    {
    }

    public SchemaRegistryException(string message)
        : base(message)
    {
    }

    public SchemaRegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
