namespace Sivi.Conformance.Tests.Validation;

/// <summary>The outcome of validating one document against one schema set.</summary>
public sealed record Verdict(bool IsValid, IReadOnlyList<string> Errors)
{
    public static Verdict Valid { get; } = new(true, []);

    public override string ToString() =>
        IsValid ? "valid" : $"invalid ({string.Join(" | ", Errors.Take(3))}{(Errors.Count > 3 ? $" | +{Errors.Count - 3} more" : "")})";
}
