using System.Text;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Host.Samples;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Sequencing;
using Gateway.Outbound.Tests.Convert.Support;
using Gateway.Outbound.Validate;
using Microsoft.Extensions.Logging;
using Sivi.Messages.Model;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>BSN only by opt-in, never free text or medical detail, IBAN only where the type carries it, no values in uitval or logs.</summary>
public class PrivacyTests
{
    [Theory]
    [InlineData("2024", false)]
    [InlineData("2024", true)]
    [InlineData("2026", false)]
    [InlineData("2026", true)]
    public async Task The_BSN_is_sent_only_when_the_account_opted_in_and_only_where_the_type_carries_it(string release, bool includeBsn)
    {
        var data = await SimulatorData.GetAsync();
        var result = await ConvertAllAsync(data, release, p => p.IncludeBsn = includeBsn);

        var bsns = data.Rows<MedewerkerGegevensRow>().Where(r => !string.IsNullOrEmpty(r.BSN)).Select(r => r.BSN!).ToHashSet();
        foreach (var message in result.Messages)
        {
            var sofiNrs = Harness.Values(message, "SofiNr");
            var carries = includeBsn && message.MessageName is SiviMessageTypes.WerknemersGegevens or SiviMessageTypes.Verzuimmeldingen;
            Assert.Equal(carries, sofiNrs.Count > 0);
            Assert.All(sofiNrs, s => Assert.Contains(s, bsns));
            if (!carries)
            {
                var text = Encoding.UTF8.GetString(message.Content);
                Assert.DoesNotContain(bsns, text.Contains);
            }
        }
        Assert.Contains(result.Messages, m => m.MessageName == SiviMessageTypes.Dienstverbanden);
    }

    [Fact]
    public async Task Remarks_reason_texts_and_care_addresses_never_leave_unless_the_care_address_was_opted_in()
    {
        var data = await SimulatorData.GetAsync();
        var absences = data.Rows<VerzuimRow>();
        var remarks = absences.Select(r => r.Opmerking).OfType<string>().Where(t => t.Length > 0).Distinct().ToList();
        var reasons = absences.SelectMany(r => new[] { r.Reden_verzuim, r.Reden_afsluiten_omschrijving }).OfType<string>().Where(t => t.Length > 0).Distinct().ToList();
        var hospitals = absences.Select(r => r.Verpleegadres_Naam).OfType<string>().Where(t => t.Length > 0).Distinct().ToList();
        Assert.NotEmpty(remarks);
        Assert.NotEmpty(reasons);
        Assert.NotEmpty(hospitals);

        var closed = await ConvertAllAsync(data, "2024", _ => { });
        var opened = await ConvertAllAsync(data, "2024", p => p.IncludeCareAddress = true);

        var all = string.Join("\n", closed.Messages.Select(m => Encoding.UTF8.GetString(m.Content)));
        Assert.DoesNotContain(remarks, all.Contains);
        Assert.DoesNotContain(reasons, all.Contains);
        Assert.DoesNotContain(hospitals, all.Contains);
        Assert.DoesNotContain("<VrTkst>", all, StringComparison.Ordinal);
        var withCare = string.Join("\n", opened.Messages.Select(m => Encoding.UTF8.GetString(m.Content)));
        Assert.Contains(hospitals, withCare.Contains);
        Assert.DoesNotContain(remarks, withCare.Contains);
        Assert.Contains(opened.Messages, m => Harness.Values(m, "SrtAdrsCd").Contains("06"));
    }

    [Theory]
    [InlineData("2022", true)]
    [InlineData("2024", true)]
    [InlineData("2025", false)]
    [InlineData("2026", false)]
    public async Task The_IBAN_appears_only_in_WerknemersGegevens_and_Verzuimmeldingen_of_releases_that_carry_BnkGiro(string release, bool carried)
    {
        var data = await SimulatorData.GetAsync();
        var ibans = data.Rows<MedewerkerIbanRow>().Select(r => r.IBAN_nummer!).ToHashSet();

        var dienstverbanden = await ConvertAllAsync(data, release, _ => { });
        var werknemers = await ConvertAllAsync(data, release, p => p.UseWerknemersGegevens = true);

        foreach (var message in dienstverbanden.Messages.Concat(werknemers.Messages))
        {
            var sent = Harness.Values(message, "Iban");
            var expected = carried && message.MessageName is SiviMessageTypes.WerknemersGegevens or SiviMessageTypes.Verzuimmeldingen;
            Assert.True(expected ? sent.Count == 1 && ibans.Contains(sent[0]) : sent.Count == 0, $"{message.MessageName} {release}: {sent.Count} IBANs");
        }
        Assert.Contains(werknemers.Messages, m => m.MessageName == SiviMessageTypes.WerknemersGegevens);
    }

    [Fact]
    public async Task An_invalid_BSN_falls_out_naming_the_field_without_the_value_in_the_failure_or_the_log()
    {
        var logger = new ListLogger();
        var profile = Profiles.For([TestRows.Employer()], "2024", p => { p.IncludeBsn = true; p.UseWerknemersGegevens = true; });
        var service = new SiviConversionService(profile, await Schemas.OursAsync(), new InMemoryCaseSequenceStore(), FixedClock.SimulatorStart, logger);
        var row = TestRows.Employee() with { BSN = "123456780" };
        var harness = await Harness.CreateAsync();
        harness.Source.Put(row);
        var batch = new ConversionBatch();
        batch.MedewerkerGegevens.Add(SourceChange.New(row));

        var result = await service.ConvertAsync(batch, harness.Source, CancellationToken.None);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(MedewerkerGegevensFields.BSN, failure.Field);
        Assert.DoesNotContain("123456780", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains(logger.Lines, l => l.Contains(row.Key.Value, StringComparison.Ordinal) && l.Contains("BSN", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Lines, l => l.Contains("123456780", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Schema_errors_in_uitval_keep_the_path_but_not_the_offending_value()
    {
        var message = new SampleMessageFactory(SiviDefinitions.Embedded, FixedClock.SimulatorStart).WerknemersGegevens("2024");
        message.Wrkgvr[0].Wrknmr[0].SofiNr = "9876543210";
        message.Wrkgvr[0].Wrknmr[0].BnkGiro = new BnkGiro { Iban = "NL91ABNA0417164300NL91ABNA0417164300" };
        var gate = new ValidationGate(await Schemas.OursAsync(), SiviMessageWriter.Default, "test");

        var (content, failure) = gate.Pass(new Gateway.Outbound.Convert.MappedMessage(message, "x", []), "2024", AfasConnectorIds.MedewerkerGegevens, "key", CancellationToken.None);

        Assert.Null(content);
        Assert.NotNull(failure);
        Assert.Equal(Gateway.Core.Uitval.UitvalStage.Validation, failure.Stage);
        Assert.Contains(failure.SchemaErrors, e => e.Contains("SofiNr", StringComparison.Ordinal));
        Assert.Contains(failure.SchemaErrors, e => e.Contains("Iban", StringComparison.Ordinal));
        var text = string.Join("\n", failure.SchemaErrors) + failure.Reason + failure.Field;
        Assert.DoesNotContain("9876543210", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NL91ABNA", text, StringComparison.Ordinal);
    }

    private static async Task<ConversionResult> ConvertAllAsync(SimulatorData data, string release, Action<MappingProfile> configure)
    {
        var profile = Profiles.For(data.Rows<WerkgeverRow>(), release, configure);
        var service = new SiviConversionService(profile, await Schemas.OursAsync(), new InMemoryCaseSequenceStore(), FixedClock.SimulatorStart);
        var result = await service.ConvertAsync(data.InitialLoad(), data.Snapshot(), CancellationToken.None);
        Assert.True(result.Failures.Count == 0, Harness.Describe(result));
        return result;
    }

    private sealed class ListLogger : ILogger<SiviConversionService>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add(formatter(state, exception) + (exception is null ? "" : " " + exception));
            }
        }
    }
}
