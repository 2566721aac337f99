using System.Text;
using System.Xml;
using Sivi.Messages.Model;
using Sivi.Messages.Tests.Support;
using Sivi.Messages.Writing;

namespace Sivi.Messages.Tests;

/// <summary>
/// The writer emits the bytes <see cref="XmlWriter"/> emits with indentation (the writer used before): its output,
/// replayed element by element through an XmlWriter with those settings, comes out unchanged, whatever the text holds.
/// </summary>
public class WriterFidelityTests
{
    private static readonly XmlWriterSettings XmlWriterIndented = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    [Theory]
    [InlineData("2022")]
    [InlineData("2024")]
    [InlineData("2025")]
    [InlineData("2026")]
    public void A_message_is_written_as_XmlWriter_writes_it(string release)
    {
        var bytes = SiviMessageWriter.Default.ToBytes(SampleMessages.Verzuimmelding(release));

        Assert.Equal(Encoding.UTF8.GetString(ThroughXmlWriter(bytes)), Encoding.UTF8.GetString(bytes));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Verzuimmeldingen xmlns=", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Smit & Zn <B.V.> \"quoted\" 'single'")]
    [InlineData("line\r\nbreaks\rand\nmore\r")]
    [InlineData("tab\there ]]> end")]
    [InlineData("Çelik-Øster Ünal ĳssel € 中文 😀 \u007f \u0085 \u2028 \uFFFD")]
    public void Text_is_escaped_and_encoded_as_XmlWriter_does(string text)
    {
        var message = WithText(text);

        var bytes = SiviMessageWriter.Default.ToBytes(message);

        Assert.Equal(Encoding.UTF8.GetString(ThroughXmlWriter(bytes)), Encoding.UTF8.GetString(bytes));
        Assert.Equal(Encoding.UTF8.GetString(WithXmlWriter(text)), Leaf(bytes, "SignNm"));
    }

    [Fact]
    public void Random_text_comes_out_as_XmlWriter_writes_it()
    {
        var random = new Random(4711);
        const string alphabet = "abcXYZ019 &<>\"'\t\n\r]=;#éß€中😀\u0080\u009f\u00a0\ud7ff\ue000\ufffd";
        for (var run = 0; run < 500; run++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                var at = random.Next(alphabet.Length);
                text.Append(char.IsSurrogate(alphabet[at]) ? "😀" : alphabet[at].ToString());
            }
            var bytes = SiviMessageWriter.Default.ToBytes(WithText(text.ToString()));
            Assert.Equal(Encoding.UTF8.GetString(WithXmlWriter(text.ToString())), Leaf(bytes, "SignNm"));
        }
    }

    [Fact]
    public void A_character_XML_cannot_carry_is_refused_as_XmlWriter_refuses_it()
    {
        // built here, not as theory data: test-case names cannot carry lone surrogates
        string[] texts = ["\u0001", "a\u001fb", "\uFFFE", "\uFFFF", "lone \uD800 high", "\uD800\u0005", "\uD800\uD800", "end high \uD800", "lone \uDC00 low"];
        foreach (var text in texts)
        {
            var expected = Assert.ThrowsAny<ArgumentException>(() => WithXmlWriter(text));

            var error = Assert.ThrowsAny<ArgumentException>(() => SiviMessageWriter.Default.ToBytes(WithText(text)));

            Assert.Equal((expected.GetType(), expected.Message), (error.GetType(), error.Message));
        }
    }

    [Fact]
    public async Task An_element_without_children_is_written_as_an_empty_element()
    {
        var message = SampleMessages.Verzuimmelding("2024");
        message.Wrkgvr[0].Wrknmr[0].Prtnr = new Prtnr();

        var bytes = await SiviMessageWriter.Default.ToBytesAsync(message);

        Assert.Contains("\n      <Prtnr />\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(ThroughXmlWriter(bytes)), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Writing_to_a_stream_gives_the_same_bytes()
    {
        var message = SampleMessages.Verzuimmelding("2025");
        using var stream = new MemoryStream();

        await SiviMessageWriter.Default.WriteAsync(stream, message);

        Assert.Equal(SiviMessageWriter.Default.ToBytes(message), stream.ToArray());
    }

    private static Verzuimmeldingen WithText(string text)
    {
        var message = SampleMessages.Verzuimmelding("2024");
        message.Wrkgvr[0].Wrknmr[0].SignNm = text;
        return message;
    }

    /// <summary>The element <paramref name="name"/> as the writer wrote it, start tag to end tag.</summary>
    private static string Leaf(byte[] document, string name)
    {
        var text = Encoding.UTF8.GetString(document);
        var start = text.IndexOf("<" + name + ">", StringComparison.Ordinal);
        var end = text.IndexOf("</" + name + ">", start, StringComparison.Ordinal) + name.Length + 3;
        return text[start..end];
    }

    /// <summary>One leaf written by XmlWriter into an element-only parent, as the former writer wrote every leaf.</summary>
    private static byte[] WithXmlWriter(string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, NewLineChars = "\n", CloseOutput = false }))
        {
            writer.WriteStartElement("SignNm");
            writer.WriteString(text);
            writer.WriteEndElement();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Reads a written document and writes it again with XmlWriter, call for call as the former writer did: a start
    /// tag, for a leaf its text (also when empty), and an end tag.
    /// </summary>
    private static byte[] ThroughXmlWriter(byte[] document)
    {
        using var input = new MemoryStream(document);
        using var reader = XmlReader.Create(input);
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, XmlWriterIndented))
        {
            writer.WriteStartDocument();
            // after a start tag: either indentation before a child or the whole (white) text of a leaf
            var leafOpen = false;
            string? whitespace = null;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        writer.WriteStartElement(null, reader.LocalName, reader.NamespaceURI);
                        if (reader.IsEmptyElement)
                        {
                            writer.WriteEndElement();
                        }
                        leafOpen = !reader.IsEmptyElement;
                        whitespace = null;
                        break;
                    case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        whitespace = leafOpen ? reader.Value : null;
                        break;
                    case XmlNodeType.Text:
                        writer.WriteString(reader.Value);
                        leafOpen = false;
                        break;
                    case XmlNodeType.EndElement:
                        if (leafOpen)
                        {
                            writer.WriteString(whitespace ?? "");
                        }
                        writer.WriteEndElement();
                        leafOpen = false;
                        whitespace = null;
                        break;
                }
            }
            writer.WriteEndDocument();
        }
        return output.ToArray();
    }
}
