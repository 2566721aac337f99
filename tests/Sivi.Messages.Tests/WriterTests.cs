using System.Text;
using Sivi.Messages.Model;
using Sivi.Messages.Tests.Support;
using Sivi.Messages.Writing;

namespace Sivi.Messages.Tests;

public class WriterTests
{
    [Theory]
    [InlineData("2022")]
    [InlineData("2024")]
    [InlineData("2025")]
    [InlineData("2026")]
    public async Task A_message_built_through_the_model_is_valid_for_its_release(string release)
    {
        var message = SampleMessages.Verzuimmelding(release);
        var bytes = await SiviMessageWriter.Default.ToBytesAsync(message);
        Assert.Empty(OwnSchemas.Validate(bytes, release, "Verzuimmeldingen"));
        Assert.Contains($"xmlns=\"http://www.sivi.org/Verzuimmanagement/Verzuimmeldingen/{release}\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decimals_are_written_with_the_types_fraction_digits()
    {
        var message = SampleMessages.Verzuimmelding("2024");
        var text = Encoding.UTF8.GetString(await SiviMessageWriter.Default.ToBytesAsync(message));
        Assert.Contains("<PrcVrzm>100.00</PrcVrzm>", text, StringComparison.Ordinal);
        Assert.Contains("<AantCtrcturenPWk>36.00</AantCtrcturenPWk>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_the_release_cannot_carry_is_refused_not_dropped()
    {
        var message = SampleMessages.Verzuimmelding("2025");
        message.Wrkgvr[0].Wrknmr[0].BnkGiro = new BnkGiro { Iban = "NL91ABNA0417164300" };
        var error = await Assert.ThrowsAsync<SiviWriteException>(() => SiviMessageWriter.Default.ToBytesAsync(message));
        Assert.Contains("/Verzuimmeldingen/Wrkgvr/Wrknmr/BnkGiro", error.Message, StringComparison.Ordinal);
        Assert.Contains("Verzuimmeldingen 2025", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("NL91ABNA0417164300", error.Message, StringComparison.Ordinal);

        // 2024 still carries it.
        var older = SampleMessages.Verzuimmelding("2024");
        older.Wrkgvr[0].Wrknmr[0].BnkGiro = new BnkGiro { Iban = "NL91ABNA0417164300" };
        var bytes = await SiviMessageWriter.Default.ToBytesAsync(older);
        Assert.Empty(OwnSchemas.Validate(bytes, "2024", "Verzuimmeldingen"));
    }

    [Fact]
    public async Task Elements_follow_the_release_order_whatever_order_they_were_set_in()
    {
        var message = SampleMessages.Verzuimmelding("2024");
        var text = Encoding.UTF8.GetString(await SiviMessageWriter.Default.ToBytesAsync(message));
        var order = new[] { "<BrCd>", "<VnrBrCd>", "<AandatBr>", "<AantijdBr>", "<IdInzndr>", "<GebrSwPakket>", "<IdOntvngr>", "<Berrefnr>", "<TestJN>", "<OntvngstbevJN>" }
            .Select(tag => text.IndexOf(tag, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order().ToList(), order);
    }

    [Fact]
    public async Task A_message_without_a_release_cannot_be_written()
    {
        var message = new Retourmelding1();
        await Assert.ThrowsAsync<SiviWriteException>(() => SiviMessageWriter.Default.ToBytesAsync(message));
    }
}
