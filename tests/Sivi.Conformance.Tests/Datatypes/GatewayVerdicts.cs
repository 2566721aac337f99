using Sivi.Conformance.Tests.Support;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Sivi.Conformance.Tests.Datatypes;

/// <summary>
/// The gateway's verdicts, from the product's <see cref="SiviValidator"/>: with SIVI's official set the way
/// <c>gateway validate --schemas</c> reads a file (once as shipped, with the quick pass, once with the full validation
/// only), and with our own <c>xsd/</c> the way receiving validates the bytes it fetched (a stream, release given), where
/// our set has the type.
/// </summary>
internal sealed class GatewayVerdicts
{
    private readonly SiviValidator _official;
    private readonly SiviValidator _officialFull;
    private readonly SiviValidator _ours;

    private GatewayVerdicts(SchemaRegistry official, SchemaRegistry ours)
    {
        _official = new SiviValidator(official);
        _officialFull = new SiviValidator(official, new SiviValidationOptions { QuickPass = false });
        _ours = new SiviValidator(ours);
    }

    public static async Task<GatewayVerdicts> LoadAsync(CancellationToken cancellationToken) => new(
        await SchemaRegistry.LoadAsync(RepositoryLayout.OfficialXsdDirectory, cancellationToken),
        await SchemaRegistry.LoadAsync(RepositoryLayout.OurXsdDirectory, cancellationToken));

    /// <summary>The official set's verdict for the file at <paramref name="path"/>, as shipped.</summary>
    public async Task<SiviValidationResult> OfficialAsync(string path, CancellationToken cancellationToken) =>
        await _official.ValidateFileAsync(path, cancellationToken: cancellationToken);

    /// <summary>The same without the quick pass: the framework's validator with the gateway's own datatype rules.</summary>
    public async Task<SiviValidationResult> OfficialFullAsync(string path, CancellationToken cancellationToken) =>
        await _officialFull.ValidateFileAsync(path, cancellationToken: cancellationToken);

    /// <summary>Our set's verdict for <paramref name="content"/>, or null when our set has no such type.</summary>
    public async Task<SiviValidationResult?> OursAsync(DatatypeCase datatypeCase, byte[] content, CancellationToken cancellationToken)
    {
        if (_ours.Registry.Find(datatypeCase.Release, datatypeCase.Type) is null)
        {
            return null;
        }
        using var stream = new MemoryStream(content, writable: false);
        return await _ours.ValidateAsync(stream, datatypeCase.FileName, datatypeCase.Release, cancellationToken);
    }
}
