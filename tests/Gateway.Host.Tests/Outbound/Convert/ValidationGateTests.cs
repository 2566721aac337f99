using Gateway.Core.Integrations;
using Gateway.Core.Uitval;
using Gateway.Host.Samples;
using Gateway.Outbound.Convert;
using Gateway.Outbound.Tests.Convert.Support;
using Gateway.Outbound.Validate;
using Sivi.Messages.Model;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Gateway.Outbound.Tests.Convert;

/// <summary>The gate writes for the account's release and validates against it; both kinds of problem become uitval.</summary>
public class ValidationGateTests
{
    [Fact]
    public async Task A_value_the_release_cannot_carry_becomes_transformation_uitval_with_the_element_path()
    {
        var message = new SampleMessageFactory(SiviDefinitions.Embedded, FixedClock.SimulatorStart).WerknemersGegevens("2025");
        message.Wrkgvr[0].Wrknmr[0].BnkGiro = new BnkGiro { Iban = "NL91ABNA0417164300" };
        var gate = new ValidationGate(await Schemas.OursAsync(), SiviMessageWriter.Default, "klant");

        var (content, failure) = gate.Pass(new MappedMessage(message, "x", []), "2025", AfasConnectorIds.MedewerkerIban, "{G}", CancellationToken.None);

        Assert.Null(content);
        Assert.Equal((UitvalStage.Transformation, "klant", "{G}"), (failure!.Stage, failure.Integration, failure.RecordKey));
        Assert.Contains("BnkGiro", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("NL91", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_message_passes_and_is_validated_against_the_requested_release()
    {
        var factory = new SampleMessageFactory(SiviDefinitions.Embedded, FixedClock.SimulatorStart);
        var gate = new ValidationGate(await Schemas.OursAsync(), SiviMessageWriter.Default, "klant");

        var (content, failure) = gate.Pass(new MappedMessage(factory.Verzuimmelding("2026"), "x", []), "2026", AfasConnectorIds.Verzuim, "k", CancellationToken.None);

        Assert.Null(failure);
        Assert.Contains("/Verzuimmeldingen/2026", System.Text.Encoding.UTF8.GetString(content!), StringComparison.Ordinal);
    }
}
