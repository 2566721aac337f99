using System.Xml.Linq;
using Gateway.Afas.Rows;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Sequencing;
using Gateway.Outbound.Convert.Source;

namespace Gateway.Outbound.Tests.Convert.Support;

/// <summary>
/// One employer, one unit tree, one manager and one employee as current state, plus a conversion service over our
/// schema set; tests change the state and feed mutations batch by batch, like the pipeline does.
/// </summary>
internal sealed class Harness
{
    private Harness(MappingProfile profile, Sivi.Schemas.Validation.SiviValidator validator, ICaseSequenceStore sequences,
        Microsoft.Extensions.Logging.ILogger<SiviConversionService>? logger)
    {
        Profile = profile;
        Sequences = sequences;
        Service = new SiviConversionService(profile, validator, sequences, FixedClock.SimulatorStart, logger, parallelism: 2);
        Source.Put(TestRows.Employer());
        Source.Put(TestRows.Unit("HOOFD", null, "Hoofdkantoor"));
        Source.Put(TestRows.Unit("TNW2M", "HOOFD", "Techniek"));
        Source.Put(TestRows.Manager("TNW2M"));
        Source.Put(TestRows.Employee());
    }

    public MappingProfile Profile { get; }

    public ICaseSequenceStore Sequences { get; }

    public SiviConversionService Service { get; }

    public SourceSnapshot Source { get; } = new();

    public static async Task<Harness> CreateAsync(string release = "2024", Action<MappingProfile>? configure = null, ICaseSequenceStore? sequences = null,
        Microsoft.Extensions.Logging.ILogger<SiviConversionService>? logger = null)
    {
        var profile = Profiles.For([TestRows.Employer()], release, configure);
        return new Harness(profile, await Schemas.OursAsync(), sequences ?? new InMemoryCaseSequenceStore(), logger);
    }

    /// <summary>Converts one batch; every message produced is also checked against the official schema when present.</summary>
    public async Task<ConversionResult> ConvertAsync(Action<ConversionBatch> fill)
    {
        var batch = new ConversionBatch();
        fill(batch);
        var result = await Service.ConvertAsync(batch, Source, CancellationToken.None);
        var official = await Schemas.OfficialAsync();
        if (official is not null)
        {
            foreach (var message in result.Messages)
            {
                Assert.Equal("", await Schemas.ErrorsAsync(official, message.Content, message.Release, message.FileName));
            }
        }
        return result;
    }

    /// <summary>Puts a verzuim row in the current state and converts it as new.</summary>
    public Task<ConversionResult> NewAbsenceAsync(params VerzuimRow[] rows)
    {
        foreach (var row in rows)
        {
            Source.Put(row);
        }
        return ConvertAsync(b => b.Verzuim.AddRange(rows.Select(SourceChange.New)));
    }

    /// <summary>Replaces verzuim rows in the current state and converts them as changed in <paramref name="fields"/>.</summary>
    public Task<ConversionResult> ChangedAbsenceAsync(IReadOnlyList<(VerzuimRow Before, VerzuimRow After)> rows, params string[] fields)
    {
        foreach (var (_, after) in rows)
        {
            Source.Put(after);
        }
        return ConvertAsync(b => b.Verzuim.AddRange(rows.Select(r => SourceChange.Changed(r.After, fields, r.Before))));
    }

    public static XDocument Xml(ConvertedMessage message) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(message.Content));

    /// <summary>The text of every element with this local name, in document order.</summary>
    public static IReadOnlyList<string> Values(ConvertedMessage message, string element) =>
        [.. Xml(message).Descendants().Where(e => e.Name.LocalName == element).Select(e => e.Value)];

    public static string? Value(ConvertedMessage message, string element) => Values(message, element) is [var first, ..] ? first : null;

    /// <summary>The direct child of the Vrzm element (the absence itself, not its contact persons).</summary>
    public static string? Absence(ConvertedMessage message, string element) =>
        Xml(message).Descendants().First(e => e.Name.LocalName == "Vrzm").Elements().FirstOrDefault(e => e.Name.LocalName == element)?.Value;

    public static string Describe(ConversionResult result) =>
        string.Join("\n", result.Failures.Select(f => "FAIL " + f + " " + string.Join(" | ", f.SchemaErrors))
            .Concat(result.Skipped.Select(s => "SKIP " + s)));
}
