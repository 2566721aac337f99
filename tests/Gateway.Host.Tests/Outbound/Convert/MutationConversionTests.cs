using Gateway.Afas.Changes;
using Gateway.Afas.Sync;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>Stored SourceMutations (canonical JSON, every value as text) convert like typed changes; a stored value that cannot be read is judged like a pulled one, a record without its key is uitval.</summary>
public class MutationConversionTests
{
    [Fact]
    public async Task Canonical_mutation_json_is_read_into_typed_changes_and_converted()
    {
        var harness = await Harness.CreateAsync();
        harness.Source.Put(TestRows.Absence());
        var mutations = new[]
        {
            Mutation(1, MutationKind.New, AfasConnectorIds.Verzuim, TestRows.Absence().Key.Value, null, VerzuimJson(TestRows.CaseGuid, "05F50E58-C527-4E2A-B439-7B40FB51B10B")),
            Mutation(2, MutationKind.Changed, AfasConnectorIds.Verzuim, "{X}|{Y}", "Begin,Opmerking", BeginIsNoDate(VerzuimJson("{X}", "{Y}"))),
            Mutation(3, MutationKind.Gone, "Newdays_Connect_Roosters_v1", "k", null, "{}"),
            Mutation(4, MutationKind.New, AfasConnectorIds.Verzuim, "{Z}|", null, NoVerloop(VerzuimJson("{Z}", "{W}"))),
        };

        var batch = MutationBatches.From(mutations, "klant-afas");
        var result = await harness.Service.ConvertAsync(mutations, harness.Source, CancellationToken.None);

        Assert.Equal(2, batch.Verzuim.Count);
        var change = batch.Verzuim[0];
        Assert.Equal((MutationKind.New, 0m, false), (change.Kind, change.Row.Aanwezigheidspercentage!.Value, change.Row.Meerling!.Value));
        var unreadableBegin = batch.Verzuim[1].Row;
        Assert.Null(unreadableBegin.Begin);
        Assert.Equal(("Begin", "is not a date"), (unreadableBegin.Problems[0].Field, unreadableBegin.Problems[0].Reason));
        Assert.Equal(2, batch.Unreadable.Count);
        Assert.Equal(("Newdays_Connect_Roosters_v1", "(connector)"), (batch.Unreadable[0].Connector, batch.Unreadable[0].Field));
        Assert.Equal(("{Z}|", "GUID_verzuimverloop", UitvalStage.Import), (batch.Unreadable[1].RecordKey, batch.Unreadable[1].Field, batch.Unreadable[1].Stage));
        Assert.Equal("01", Harness.Absence(Assert.Single(result.Messages), "VrwrkCd"));
        Assert.Equal(3, result.Failures.Count);
        var begin = Assert.Single(result.Failures, f => f.Field == "Begin");
        Assert.Equal(("{X}|{Y}", UitvalStage.Transformation), (begin.RecordKey, begin.Stage));
        Assert.StartsWith("is not a date (Verzuim {X}|{Y}); Verzuimmeldingen needs it", begin.Reason, StringComparison.Ordinal);
        Assert.All(result.Failures, f => Assert.Equal("test-arbodienst", f.Integration));
    }

    private static SourceMutation Mutation(long id, MutationKind kind, string connector, string key, string? changed, string fields) => new()
    {
        Id = id,
        Integration = "klant-afas",
        Connector = connector,
        RecordKey = key,
        Kind = kind,
        ChangedFields = changed,
        Fields = fields,
    };

    private static string NoVerloop(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"GUID_verzuimverloop\":\"[^\"]*\"", "\"GUID_verzuimverloop\":null");

    private static string BeginIsNoDate(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"Begin\":\"[^\"]*\"", "\"Begin\":\"morgen\"");

    /// <summary>The canonical JSON change detection stores for the test absence, under another case and verloop id.</summary>
    private static string VerzuimJson(string melding, string verloop) =>
        RecordCanonicalizer.Canonicalize(SourceRecordFields.From(TestRows.Absence() with { Guid_verzuimmelding = melding, GUID_verzuimverloop = verloop })).Json;
}
