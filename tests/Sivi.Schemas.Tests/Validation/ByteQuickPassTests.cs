using System.Text;
using Sivi.Schemas.Tests.Support;
using Sivi.Schemas.Validation;
using Sivi.Schemas.Validation.Compiled;

namespace Sivi.Schemas.Tests.Validation;

/// <summary>
/// The quick pass over a document's bytes proves the plain shape of message valid by itself and stops at anything
/// else; either way the verdict and the errors are the full validation's, whether the bytes are in memory or streamed.
/// </summary>
public sealed class ByteQuickPassTests : IClassFixture<MiniValidation>
{
    private static readonly SiviValidationOptions FullOnly = new() { QuickPass = false };
    private readonly MiniValidation _mini;

    public ByteQuickPassTests(MiniValidation mini) => _mini = mini;

    /// <summary>Valid documents of the shape the pass reads itself.</summary>
    public static TheoryData<string, string> Proven() => new()
    {
        { "as written", MiniDocuments.Valid() },
        { "a byte order mark", "\uFEFF" + MiniDocuments.Valid() },
        { "no declaration", MiniDocuments.Valid().Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "", StringComparison.Ordinal) },
        { "a declaration in single quotes, standalone", MiniDocuments.Valid().Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>", StringComparison.Ordinal) },
        { "a prefixed root and children", Prefixed(MiniDocuments.Valid()) },
        { "an entity in a value", MiniDocuments.Valid().Replace("<Tekst>regel 1</Tekst>", "<Tekst>a &amp; &lt;b&gt;</Tekst>", StringComparison.Ordinal) },
        { "characters outside ASCII", MiniDocuments.Valid().Replace("<Tekst>regel 1</Tekst>", "<Tekst>café Ærø</Tekst>", StringComparison.Ordinal) },
        { "CR LF between elements", MiniDocuments.Valid().Replace("\n", "\r\n", StringComparison.Ordinal) },
        { "tabs, and a space before a tag's end", MiniDocuments.Valid().Replace("  <Regel>", "\t<Regel >", StringComparison.Ordinal) },
        { "an unused namespace declaration", MiniDocuments.Valid().Replace("<Kop>", "<Kop xmlns:x=\"urn:x\">", StringComparison.Ordinal) },
    };

    /// <summary>Documents the pass leaves to the reader: valid or not, the reader decides.</summary>
    public static TheoryData<string, string> NotProven() => new()
    {
        { "a comment", MiniDocuments.Valid().Replace("<Kop>", "<Kop><!-- c -->", StringComparison.Ordinal) },
        { "CDATA", MiniDocuments.Valid().Replace("<Code>A</Code>", "<Code><![CDATA[A]]></Code>", StringComparison.Ordinal) },
        { "a processing instruction", MiniDocuments.Valid().Replace("<Kop>", "<?pi x?><Kop>", StringComparison.Ordinal) },
        { "a DTD", MiniDocuments.Valid().Replace("<Melding ", "<!DOCTYPE Melding><Melding ", StringComparison.Ordinal) },
        { "a character reference", MiniDocuments.Valid().Replace("<Code>A</Code>", "<Code>&#65;</Code>", StringComparison.Ordinal) },
        { "an unknown entity", MiniDocuments.Valid().Replace("<Tekst>regel 1</Tekst>", "<Tekst>&nbsp;</Tekst>", StringComparison.Ordinal) },
        { "an ampersand alone", MiniDocuments.Valid().Replace("<Tekst>regel 1</Tekst>", "<Tekst>a & b</Tekst>", StringComparison.Ordinal) },
        { "a carriage return in a value", MiniDocuments.Valid().Replace("<Tekst>regel 1</Tekst>", "<Tekst>a\r\nb</Tekst>", StringComparison.Ordinal) },
        { "a control character", MiniDocuments.Valid().Replace("<Tekst>regel 1</Tekst>", "<Tekst>a\u0001b</Tekst>", StringComparison.Ordinal) },
        { "a CDATA end in text", MiniDocuments.Valid().Replace("<Tekst>regel 1</Tekst>", "<Tekst>a]]>b</Tekst>", StringComparison.Ordinal) },
        { "U+FFFF", MiniDocuments.Valid().Replace("<Tekst>regel 1</Tekst>", "<Tekst>a\uFFFFb</Tekst>", StringComparison.Ordinal) },
        { "a mismatched end tag", MiniDocuments.Valid().Replace("</Kop>", "</Kopje>", StringComparison.Ordinal) },
        { "an end tag with another prefix", Prefixed(MiniDocuments.Valid()).Replace("</m:Kop>", "</Kop>", StringComparison.Ordinal) },
        { "an undeclared prefix", MiniDocuments.Valid().Replace("<Kop>", "<q:Kop>", StringComparison.Ordinal).Replace("</Kop>", "</q:Kop>", StringComparison.Ordinal) },
        { "a namespace declared twice", MiniDocuments.Valid().Replace("<Kop>", "<Kop xmlns:x=\"urn:x\" xmlns:x=\"urn:y\">", StringComparison.Ordinal) },
        { "attributes without space between", MiniDocuments.Valid().Replace("<Kop>", "<Kop xmlns:x=\"urn:x\"xmlns:y=\"urn:y\">", StringComparison.Ordinal) },
        { "an empty prefixed declaration", MiniDocuments.Valid().Replace("<Kop>", "<Kop xmlns:x=\"\">", StringComparison.Ordinal) },
        { "a declaration of the xml prefix", MiniDocuments.Valid().Replace("<Kop>", "<Kop xmlns:xml=\"urn:x\">", StringComparison.Ordinal) },
        { "another attribute", MiniDocuments.Valid().Replace("<Kop>", "<Kop id=\"1\">", StringComparison.Ordinal) },
        { "an element in another namespace", MiniDocuments.Valid().Replace("<Kop>", "<Kop xmlns=\"urn:x\">", StringComparison.Ordinal) },
        { "a name outside ASCII", MiniDocuments.Valid().Replace("<Kop>", "<Kopé>", StringComparison.Ordinal).Replace("</Kop>", "</Kopé>", StringComparison.Ordinal) },
        { "version 1.1", MiniDocuments.Valid().Replace("version=\"1.0\"", "version=\"1.1\"", StringComparison.Ordinal) },
        { "another encoding", MiniDocuments.Valid().Replace("UTF-8", "ISO-8859-1", StringComparison.Ordinal) },
        { "white space before the declaration", " " + MiniDocuments.Valid() },
        { "truncated", MiniDocuments.Valid()[..^20] },
        { "a second root", MiniDocuments.Valid() + "<Melding/>" },
        { "text after the root", MiniDocuments.Valid() + "x" },
        { "a missing element", MiniDocuments.Valid().Replace("<Code>A</Code>", "", StringComparison.Ordinal) },
        { "a value out of its enumeration", MiniDocuments.Valid().Replace("<Code>A</Code>", "<Code>Z</Code>", StringComparison.Ordinal) },
        { "text between elements", MiniDocuments.Valid().Replace("</Kop>", "</Kop>tekst", StringComparison.Ordinal) },
        { "a space inside a tag's start", MiniDocuments.Valid().Replace("<Kop>", "< Kop>", StringComparison.Ordinal) },
        { "a greater-than sign in a namespace", MiniDocuments.Valid().Replace("<Kop>", "<Kop xmlns:x=\"urn:a>b\">", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(Proven))]
    public void Proves_plain_valid_documents_from_memory_and_from_a_stream(string name, string document)
    {
        var bytes = MiniDocuments.Utf8(document);

        Assert.True(Prove(new Utf8Window(bytes, 0, bytes.Length)), name + " (memory)");
        using var stream = new MemoryStream(bytes, writable: false);
        Assert.True(Prove(new Utf8Window(stream)), name + " (stream)");
    }

    [Theory]
    [MemberData(nameof(NotProven))]
    public void Leaves_everything_else_to_the_reader(string name, string document)
    {
        var bytes = MiniDocuments.Utf8(document);

        Assert.False(Prove(new Utf8Window(bytes, 0, bytes.Length)), name);
    }

    [Theory]
    [MemberData(nameof(Proven))]
    [MemberData(nameof(NotProven))]
    public async Task Gives_the_full_validations_verdict_and_errors_in_memory_and_streamed(string name, string document)
    {
        var bytes = MiniDocuments.Utf8(document);
        var full = await new SiviValidator(_mini.Registry, FullOnly).ValidateAsync(new MemoryStream(bytes, writable: false), "test.xml");

        var inMemory = await _mini.Validator.ValidateAsync(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), "test.xml");
        var streamed = await _mini.Validator.ValidateAsync(new BufferedStream(new MemoryStream(bytes, writable: false), 16), "test.xml");

        Assert.True(full.Errors.SequenceEqual(inMemory.Errors), $"{name}: {string.Join(" | ", inMemory.Errors)} <> {string.Join(" | ", full.Errors)}");
        Assert.True(full.Errors.SequenceEqual(streamed.Errors), $"{name}: {string.Join(" | ", streamed.Errors)} <> {string.Join(" | ", full.Errors)}");
    }

    [Fact]
    public void Reads_a_stream_through_a_window_that_moves_and_grows()
    {
        var document = MiniDocuments.Valid(regels: 5000).Replace("<Tekst>regel 7</Tekst>", "<Tekst>" + new string(' ', 100_000) + "x</Tekst>", StringComparison.Ordinal);
        var bytes = MiniDocuments.Utf8(document);
        using var stream = new MemoryStream(bytes, writable: false);

        Assert.False(Prove(new Utf8Window(stream)), "a value longer than 10 characters");
        using var valid = new MemoryStream(MiniDocuments.Utf8(MiniDocuments.Valid(regels: 5000)), writable: false);
        Assert.True(Prove(new Utf8Window(valid)));
    }

    [Fact]
    public void Leaves_the_depth_limit_to_the_full_validation()
    {
        var bytes = MiniDocuments.Utf8(MiniDocuments.Valid());

        Assert.False(Prove(new Utf8Window(bytes, 0, bytes.Length), maxDepth: 2));
        Assert.True(Prove(new Utf8Window(bytes, 0, bytes.Length), maxDepth: 3));
    }

    private bool Prove(Utf8Window window, int maxDepth = 64)
    {
        using (window)
        {
            var proof = new Utf8ValidityProof(window, maxDepth);
            if (!proof.TryReadRoot(out var localName, out var namespaceUri))
            {
                return false;
            }
            var type = _mini.Registry.FindByRoot(localName, namespaceUri);
            var root = type is null ? null : CompiledSchema.For(_mini.Registry.GetSchemaSet(type))?.Root(localName, namespaceUri);
            return root is not null && proof.Run(root, localName, namespaceUri, CancellationToken.None);
        }
    }

    private static string Prefixed(string document)
    {
        var prefixed = new StringBuilder(document)
            .Replace("<Melding xmlns=", "<m:Melding xmlns:m=")
            .Replace("</Melding>", "</m:Melding>");
        foreach (var name in new[] { "Kop", "Datum", "Code", "Regel", "Nr", "Tekst" })
        {
            prefixed.Replace($"<{name}>", $"<m:{name}>").Replace($"</{name}>", $"</m:{name}>");
        }
        return prefixed.ToString();
    }
}
