namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// Takes what a conversion produces part by part, in sending order: the parts of parallel work (an employee, a case)
/// are handed on in input order as they complete, so a caller can write or print them without holding the whole run.
/// Parts are handed on one at a time, never concurrently.
/// </summary>
public interface IConversionSink
{
    ValueTask AddAsync(ConversionResult part, CancellationToken cancellationToken);
}
