namespace Afas.Simulator.Faults;

/// <summary>What an injected fault does to a request.</summary>
public enum SimulatedFaultKind
{
    /// <summary>401 with an AFAS-like body, as for a wrong or revoked token.</summary>
    Unauthorized,

    /// <summary>500 with externalMessage, errorNumber and profitLogReference.</summary>
    ServerError,

    /// <summary>503, with retry_after in the Retry-After header and/or the body.</summary>
    Unavailable,

    /// <summary>Waits <see cref="SimulatedFault.Delay"/> before answering normally.</summary>
    SlowResponse,

    /// <summary>Answers 200 but the JSON stops halfway through the rows.</summary>
    TruncatedJson,

    /// <summary>Starts answering, then aborts the connection.</summary>
    ConnectionDrop,

    /// <summary>Every <see cref="SimulatedFault.CorruptEvery"/>th row loses its key or gets an array where a value belongs: rows that cannot be read.</summary>
    CorruptRows,

    /// <summary>Every <see cref="SimulatedFault.CorruptEvery"/>th row gets "#onleesbaar#" in <see cref="SimulatedFault.Field"/> (default: the first field that is not text): a value that cannot be read in a row that can.</summary>
    UnreadableValues,
}
