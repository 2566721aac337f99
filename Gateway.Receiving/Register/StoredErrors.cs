using System.Text.Json;
using Gateway.Receiving.Processing;

namespace Gateway.Receiving.Register;

/// <summary>Errors as stored with a received file: a JSON list of kind and Toelichting (the SrtFoutCd follows from the kind).</summary>
internal static class StoredErrors
{
    public static string? Write(IReadOnlyList<ReceivingError> errors) =>
        errors.Count == 0 ? null : JsonSerializer.Serialize(errors.Select(e => new Stored(e.Kind, e.Toelichting)).ToList());

    public static IReadOnlyList<ReceivingError> Read(string? json) =>
        string.IsNullOrEmpty(json)
            ? []
            : [.. (JsonSerializer.Deserialize<List<Stored>>(json) ?? []).Select(s => new ReceivingError(s.Kind, s.Toelichting))];

    private sealed record Stored(ReceivingErrorKind Kind, string Toelichting);
}
