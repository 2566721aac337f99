using System.Text;
using System.Text.RegularExpressions;
using Gateway.Host.Tests.Validate;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Processing;
using Gateway.Receiving.Tests.Support;

namespace Gateway.Receiving.Tests;

/// <summary>
/// Receiving and <c>gateway validate</c> give the same verdict on datatype edge values, including those where the
/// gateway corrects .NET's validator to follow XML Schema 1.0 (docs/schemas.md, "Datatypes"): one Verzuimmelding with
/// each value, once through <see cref="ReceivedFileInterpreter"/> (the receiving role's first steps) and once through
/// the <c>validate</c> command, both on the shipped <c>xsd/</c> set, and the verdict is the specification's.
/// </summary>
public sealed class DatatypeVerdictParityTests : IDisposable
{
    private readonly ValidationWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    /// <summary>(element whose first occurrence gets the value, value, valid per XML Schema 1.0, what it probes).</summary>
    public static TheoryData<string, string, bool, string> EdgeValues() => new()
    {
        { "AandatBr", "2024-02-29", true, "leap day" },
        { "AandatBr", "2023-02-29", false, "leap day in a common year" },
        { "AandatBr", " 2024-01-01 ", true, "spaces around a date are collapsed (§4.3.6)" },
        { "AandatBr", "\t2024-01-01\n", true, "tab and line feed around a date are collapsed" },
        { "AandatBr", "2024-01-01\u00A0", false, "a no-break space is no XML white space" },
        { "AandatBr", "2024-01-01+14:00", true, "zone +14:00" },
        { "AandatBr", "2024-01-01+14:01", false, "zone past +14:00 (§3.2.7.3)" },
        { "AandatBr", "2024-01-01+01:60", false, "zone minute 60" },
        { "AandatBr", "2024-01-01z", false, "lower-case zone" },
        { "AantijdBr", "24:00:00", true, "hour 24 (§3.2.8.1)" },
        { "AantijdBr", "24:00:01", false, "hour 24 and a second" },
        { "AantijdBr", "12:00:00-15:00", false, "zone -15:00" },
        { "AantijdBr", " 12:00:00 ", true, "spaces around a time" },
        { "AantijdBr", "12:00:00.123456789", true, "nine fraction digits" },
        { "Voorl", "A.B.", true, "\\D* with letters and points" },
        { "Voorl", "G\U0001D7CE", false, "\\D* refuses a digit outside the BMP (U+1D7CE)" },
        { "Voorl", "G\u0661", false, "\\D* refuses an Arabic-Indic digit" },
        { "Voorl", string.Concat(Enumerable.Repeat("\U0001D400", 6)), true, "maxLength 6: six characters outside the BMP (twelve UTF-16 units)" },
        { "Voorl", string.Concat(Enumerable.Repeat("\U0001D400", 7)), false, "maxLength 6: seven characters outside the BMP" },
        { "AantCtrcturenPWk", " 36.00 ", true, "spaces around a decimal are collapsed" },
        { "AantCtrcturenPWk", "36.5", false, "pattern [0-9]{1,3}[.][0-9]{2}" },
        { "AantCtrcturenPWk", "+36.00", false, "a plus sign breaks the pattern" },
    };

    [Theory]
    [MemberData(nameof(EdgeValues))]
    public async Task Receiving_and_gateway_validate_give_the_specifications_verdict(string element, string value, bool valid, string probe)
    {
        var document = WithValue(element, value);
        var path = _workspace.Write("VZ0001.xml", document);

        var (exitCode, output, error) = await ValidationWorkspace.RunAsync([path, "--schemas", RepoPaths.OurSchemas]);
        var interpretation = await InterpretAsync(Encoding.UTF8.GetBytes(document));

        var validateSays = exitCode switch
        {
            0 => true,
            1 => false,
            _ => throw new InvalidOperationException($"gateway validate exited {exitCode}: {output}{error}"),
        };
        var schemaErrors = interpretation.Errors.Where(e => e.Kind == ReceivingErrorKind.SchemaInvalid).ToList();
        Assert.True(interpretation.Errors.Count == schemaErrors.Count,
            $"{probe}: receiving refused for another reason: {string.Join("; ", interpretation.Errors.Select(e => e.Kind))}");
        var receivingSays = schemaErrors.Count == 0;
        Assert.True(valid == validateSays && valid == receivingSays,
            $"{probe}: specification {Verdict(valid)}, gateway validate {Verdict(validateSays)}, receiving {Verdict(receivingSays)}\n{output}");
        if (!valid)
        {
            // both name the same element
            Assert.Contains("/" + element, output, StringComparison.Ordinal);
            Assert.Contains(schemaErrors, e => e.ToString().Contains(element, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_element_the_cases_use_is_in_the_sample_message()
    {
        var document = Encoding.UTF8.GetString(ReceivingMessages.Bytes(ReceivingMessages.Absence("CASE-1", 1)));
        foreach (var element in EdgeValues().Select(row => (string)row[0]).Distinct())
        {
            Assert.Contains($"<{element}>", document, StringComparison.Ordinal);
        }
    }

    private static string WithValue(string element, string value)
    {
        var document = Encoding.UTF8.GetString(ReceivingMessages.Bytes(ReceivingMessages.Absence("CASE-1", 1)));
        var escaped = value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
        var first = new Regex($"<{element}>[^<]*</{element}>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var replaced = first.Replace(document, $"<{element}>{escaped.Replace("$", "$$", StringComparison.Ordinal)}</{element}>", 1);
        Assert.NotEqual(document, replaced);
        return replaced;
    }

    private static async Task<Interpretation> InterpretAsync(byte[] content)
    {
        var interpreter = new ReceivedFileInterpreter(await ReceivingSchemas.OursAsync(), new ReceivingOptions { OwnIdentification = "ARBODIENST-TEST" });
        var account = ReceivingAccount.Create("acme", ReceivingHarness.DefaultAccountOptions());
        using var stream = new MemoryStream(content, writable: false);
        return await interpreter.InterpretAsync(account, "/inbox/VZ0001.xml", stream, CancellationToken.None);
    }

    private static string Verdict(bool valid) => valid ? "valid" : "invalid";
}
