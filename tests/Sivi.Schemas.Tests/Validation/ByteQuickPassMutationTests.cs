using System.Text;
using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;

namespace Sivi.Schemas.Tests.Validation;

/// <summary>
/// The quick pass over bytes changes no verdict on damaged documents either: a seeded set of small damages to a valid
/// message (bytes inserted, removed or replaced; markup, entities, control characters, broken and unusual UTF-8,
/// attributes and namespace declarations slipped in) is validated with the quick passes and without them, in memory and
/// streamed, and every verdict and error must be the full validation's.
/// </summary>
public sealed class ByteQuickPassMutationTests : IClassFixture<MiniValidation>
{
    private const int Seed = 20261207;
    private const int Count = 1500;
    private static readonly SiviValidationOptions FullOnly = new() { QuickPass = false };

    private static readonly byte[][] Snippets = [.. new[]
    {
        "<", ">", "&", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x41;", "&nbsp;", "\"", "'", "]]>", "]]", "<!-- c -->",
        "<?pi x?>", "<![CDATA[x]]>", "\r", "\r\n", "\t", " ", "=", "/", "</Kop>", "<Kop/>", " x=\"1\"", " xmlns:q=\"urn:q\"",
        " xmlns=\"\"", " xmlns:a=\"x\" xmlns:a=\"y\"", " xml:lang=\"nl\"", " x=\"1\" x=\"2\"", "é", "😀", "\uFFFD",
    }.Select(Encoding.UTF8.GetBytes), [0x00], [0x01], [0x1F], [0xC3], [0xFF], [0xE2, 0x82], [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF],
        [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]];

    private readonly MiniValidation _mini;

    public ByteQuickPassMutationTests(MiniValidation mini) => _mini = mini;

    [Fact]
    public async Task Damaged_documents_get_the_full_validations_verdict_and_errors()
    {
        var full = new SiviValidator(_mini.Registry, FullOnly);
        var original = MiniDocuments.Utf8(MiniDocuments.Valid());
        var random = new Random(Seed);
        int valid = 0, differing = 0;
        var first = new List<string>();
        for (var i = 0; i < Count; i++)
        {
            var bytes = Damage(original, random);
            var expected = await full.ValidateAsync(new MemoryStream(bytes, writable: false), "test.xml");
            var inMemory = await _mini.Validator.ValidateAsync(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), "test.xml");
            var streamed = await _mini.Validator.ValidateAsync(new BufferedStream(new MemoryStream(bytes, writable: false), 16), "test.xml");
            valid += expected.IsValid ? 1 : 0;
            if (!expected.Errors.SequenceEqual(inMemory.Errors) || !expected.Errors.SequenceEqual(streamed.Errors))
            {
                differing++;
                if (first.Count < 3)
                {
                    first.Add($"#{i}: {Convert.ToHexString(bytes)[..Math.Min(400, bytes.Length * 2)]}… full: {string.Join(" | ", expected.Errors)}; " +
                        $"memory: {string.Join(" | ", inMemory.Errors)}; streamed: {string.Join(" | ", streamed.Errors)}");
                }
            }
        }

        Assert.True(differing == 0, $"{differing} of {Count} damaged documents got another verdict:\n{string.Join('\n', first)}");
        // the damages must leave both kinds: some documents still valid (harmless damage), most refused
        Assert.InRange(valid, 10, Count - 300);
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var position = random.Next(bytes.Count);
        switch (random.Next(4))
        {
            case 0:
                bytes.InsertRange(position, Snippets[random.Next(Snippets.Length)]);
                break;
            case 1:
                bytes.RemoveRange(position, Math.Min(random.Next(1, 5), bytes.Count - position));
                break;
            case 2:
                bytes[position] = (byte)random.Next(256);
                break;
            default:
                // a letter of a tag's name changed: mismatched or unknown elements
                var tag = bytes.IndexOf((byte)'<', position);
                if (tag >= 0 && tag + 2 < bytes.Count)
                {
                    bytes[tag + 2] = (byte)"abcXYZ_"[random.Next(7)];
                }
                break;
        }
        return [.. bytes];
    }
}
