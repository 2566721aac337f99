namespace Gateway.Outbound.Convert;

/// <summary>
/// A record cannot be mapped: names the source field and the reason. Never carries a value (BSN, IBAN and medical
/// data must not reach logs or uitval), so reasons are written by the mappers, not built from input.
/// </summary>
public sealed class MappingException : Exception
{
    public MappingException()
        : this("(record)", "cannot be mapped")
    {
    }

    public MappingException(string message)
        : this("(record)", message)
    {
    }

    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "(record)";
        Reason = message;
    }

    public MappingException(string field, string reason)
        : base(field + " " + reason)
    {
        Field = field;
        Reason = reason;
    }

    /// <summary>The AFAS field (or SIVI element path) that could not be mapped.</summary>
    public string Field { get; } = "(record)";

    /// <summary>Why, without the value.</summary>
    public string Reason { get; } = "cannot be mapped";
}
