using Sivi.Schemas.Validation;

namespace Gateway.Host.Cli.Validate;

/// <summary>The outcome for one input: a validation result, or the I/O problem that kept it from being validated.</summary>
internal sealed record FileVerdict(string File, SiviValidationResult? Result, string? IoProblem)
{
    public bool IsValid => Result is { IsValid: true };

    public bool IsIoError => IoProblem is not null;
}
