using System.Text;
using System.Xml;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Tests.Support;

namespace Sivi.Schemas.Tests.Registry;

public sealed class DocumentRecognitionTests : IDisposable
{
    private readonly MiniSchemaDirectory _schemas = new();

    public void Dispose() => _schemas.Dispose();

    [Fact]
    public async Task Recognises_type_and_release_from_root_element_and_namespace()
    {
        var registry = await SchemaRegistry.LoadAsync(_schemas.Path);

        var recognised = await registry.RecognizeAsync(MiniDocuments.Stream(MiniDocuments.Valid("2025")));

        Assert.Equal("Melding", recognised.RootElement);
        Assert.Equal(MiniSchemaDirectory.Namespace("2025"), recognised.Namespace);
        Assert.Equal(registry.Find("2025", "Melding"), recognised.MessageType);
    }

    [Fact]
    public async Task Reads_no_further_than_the_root_start_tag()
    {
        var registry = await SchemaRegistry.LoadAsync(_schemas.Path);
        using var document = new GeneratedMeldingStream(50_000_000);

        var recognised = await registry.RecognizeAsync(document);

        Assert.True(recognised.IsKnown);
        Assert.True(document.BytesRead < 64 * 1024, $"read {document.BytesRead} bytes of {document.DocumentLength}");
    }

    [Fact]
    public async Task An_unknown_namespace_is_recognised_as_no_type()
    {
        var registry = await SchemaRegistry.LoadAsync(_schemas.Path);

        var recognised = await registry.RecognizeAsync(new MemoryStream(Encoding.UTF8.GetBytes("<Melding xmlns='urn:onbekend'/>")));

        Assert.False(recognised.IsKnown);
        Assert.Equal("urn:onbekend", recognised.Namespace);
    }

    [Fact]
    public async Task A_document_with_a_dtd_is_not_recognised()
    {
        var registry = await SchemaRegistry.LoadAsync(_schemas.Path);
        var document = "<!DOCTYPE Melding [<!ENTITY e 'x'>]><Melding xmlns='urn:test:sivi:Melding/2024'/>";

        await Assert.ThrowsAsync<XmlException>(() => registry.RecognizeAsync(new MemoryStream(Encoding.UTF8.GetBytes(document))));
    }
}
