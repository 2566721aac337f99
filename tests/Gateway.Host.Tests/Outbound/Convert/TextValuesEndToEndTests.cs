using System.Text.RegularExpressions;
using Gateway.Afas.Tests.Sync;
using Gateway.Core.Integrations;
using Gateway.Outbound.Convert.Conversion;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>
/// The simulator writing values as real GetConnectors do (numbers and booleans as text, decimals with a comma, dates with
/// and without time and zone, "" for empty, house numbers with their letter, lower-case postcodes) → pull → stored state
/// and mutations → conversion: the same messages, notes and uitval as from the simulator's typed answers.
/// </summary>
public sealed partial class TextValuesEndToEndTests
{
    [Theory]
    [InlineData("2024")]
    [InlineData("2026")]
    public async Task Text_shaped_values_pull_store_and_convert_into_the_same_messages_as_typed_values(string release)
    {
        await using var typed = await SyncHarness.StartAsync(employees: 120, seed: 23);
        await using var text = await SyncHarness.StartAsync(employees: 120, seed: 23, textValues: true);

        var fromTyped = await PullAndConvertAsync(typed, release);
        var fromText = await PullAndConvertAsync(text, release);

        Assert.Contains((await text.StateAsync(AfasConnectorIds.MedewerkerGegevens)).Values, JoinedHouseNumber().IsMatch);
        Assert.DoesNotContain((await typed.StateAsync(AfasConnectorIds.MedewerkerGegevens)).Values, JoinedHouseNumber().IsMatch);
        Assert.Empty(fromText.Failures);
        Assert.Equal(fromTyped.Notes, fromText.Notes);
        Assert.True(fromTyped.Messages.Count > 150, $"only {fromTyped.Messages.Count} messages");
        Assert.Equal(Comparable(fromTyped), Comparable(fromText));
    }

    private static async Task<ConversionResult> PullAndConvertAsync(SyncHarness gateway, string release)
    {
        await gateway.ActivateAllAsync();
        var pulls = await gateway.RunAllAsync();
        Assert.All(pulls.Values, p => Assert.Equal(0, p.Uitval));
        return await gateway.ConvertStoredAsync(release, p =>
        {
            p.UseWerknemersGegevens = true;
            p.IncludeBsn = true;
            p.IncludeCareAddress = true;
        });
    }

    /// <summary>Each message's text without its Berrefnr (a new UUID per message), in a stable order.</summary>
    private static List<string> Comparable(ConversionResult result) =>
        [.. result.Messages
            .Select(m => Berrefnr().Replace(System.Text.Encoding.UTF8.GetString(m.Content), "<Berrefnr/>"))
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex("<Berrefnr>[^<]*</Berrefnr>")]
    private static partial Regex Berrefnr();

    /// <summary>A stored Huisnummer with its addition written in it ("12a", "12 b", "7-bis").</summary>
    [GeneratedRegex("\"Huisnummer\":\"[0-9]+[ -]?[A-Za-z]")]
    private static partial Regex JoinedHouseNumber();
}
