using System.Text.Json;
using Gateway.Afas.Changes;
using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Outbound.Convert.Conversion;

namespace Gateway.Outbound.Tests.Convert.Support;

/// <summary>Rows with a value as it arrived as text ("12a", "veel", "31-12-2024"), read leniently as a pull reads them: an unreadable value becomes a field problem of the row.</summary>
internal static class RowText
{
    /// <summary><paramref name="row"/> with <paramref name="fieldId"/> (an AFAS field id) arriving as <paramref name="text"/>, through the stored form.</summary>
    public static TRow With<TRow>(TRow row, string fieldId, string? text) where TRow : IAfasRow<TRow>
    {
        var stored = StoredFieldNames.ByFieldId<TRow>()[fieldId];
        var fields = SourceRecordFields.From(row).Select(f => f.Key == stored ? new KeyValuePair<string, string?>(f.Key, text) : f).ToList();
        return SourceRecordFields.Read<TRow>(RecordCanonicalizer.Canonicalize(fields).Json);
    }

    /// <summary>One row of a GetConnector answer (JSON as AFAS writes it), read as a pull reads it; fails the test when the row is rejected.</summary>
    public static TRow FromAfasJson<TRow>(string json) where TRow : class, IAfasRow<TRow>
    {
        using var document = JsonDocument.Parse(json);
        var failures = new List<ConversionFailure>();
        var row = new AfasRowReading("test").Read<TRow>(document.RootElement, 0, failures);
        Assert.Empty(failures);
        return row!;
    }
}
