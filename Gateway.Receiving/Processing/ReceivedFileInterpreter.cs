using System.Xml;
using Gateway.Receiving.Accounts;
using Gateway.Receiving.Imports;
using Sivi.Messages.Reading;
using Sivi.Schemas.Validation;

namespace Gateway.Receiving.Processing;

/// <summary>
/// The stateless half of processing a received file, in order: read it (bounded), recognise type and release from
/// root and namespace, match it to the account's import configurations, validate it against its release's schema,
/// read it into the typed model, and check that every employer in it is authorised for the account. Stops at the
/// first step that fails, with every error of that step. Safe to run in parallel.
/// </summary>
public sealed class ReceivedFileInterpreter(SiviValidator validator, ReceivingOptions options)
{
    private const int ChunkSize = 81920;

    public async Task<Interpretation> InterpretAsync(ReceivingAccount account, string filePath, Stream content, CancellationToken cancellationToken)
    {
        var (bytes, tooLarge) = await ReadBoundedAsync(content, options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        var header = ReceivedHeaderReader.Read(bytes);
        Interpretation Refuse(params ReceivingError[] errors) =>
            new(bytes, header, null, header.Release, null, null, errors);

        if (tooLarge)
        {
            return Refuse(ReceivingErrors.TooLarge(options.MaxFileBytes));
        }
        if (account.Imports.RefusalByLocation(filePath) is { } location)
        {
            return Refuse(ReceivingErrors.NoImportConfiguration(location));
        }

        var registry = validator.Registry;
        Sivi.Schemas.Registry.RecognizedDocument recognized;
        try
        {
            recognized = await registry.RecognizeAsync(AsStream(bytes), cancellationToken).ConfigureAwait(false);
        }
        catch (XmlException e)
        {
            return Refuse(ReceivingErrors.NotWellFormed(e.Message, e.LineNumber, e.LinePosition));
        }
        if (recognized.MessageType is not { } type)
        {
            return Refuse(header.Release is { } release && !registry.Releases.Contains(release, StringComparer.Ordinal)
                ? ReceivingErrors.UnknownRelease(release, registry.Releases)
                : ReceivingErrors.UnknownMessageType(recognized.RootElement, recognized.Namespace, registry.Releases));
        }
        Interpretation RefuseKnown(IReadOnlyList<ReceivingError> errors, ImportConfiguration? configuration = null) =>
            new(bytes, header, type.Name, type.Release, configuration, null, errors);

        if (ReceivableMessageTypes.Canonical(type.Name) is null)
        {
            return RefuseKnown([ReceivingErrors.NotReceivable(type.Name)]);
        }
        var match = account.Imports.Match(filePath, type.Name, type.Release);
        if (!match.IsMatch)
        {
            return RefuseKnown([ReceivingErrors.ImportConfigurationMismatch(match.Refusal!)]);
        }

        var validation = await validator.ValidateAsync(AsStream(bytes), ImportFolder.FileName(filePath), type.Release, cancellationToken).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return RefuseKnown([.. validation.Errors.Select(ReceivingErrors.FromValidation)], match.Configuration);
        }

        Sivi.Messages.SiviMessage message;
        try
        {
            message = await SiviMessageReader.InstalledAsNearest.ReadAsync(AsStream(bytes), cancellationToken).ConfigureAwait(false);
        }
        catch (SiviReadException e)
        {
            return RefuseKnown([ReceivingErrors.Unreadable(e.InnerException?.Message ?? e.Message, e.Line, e.Column, e.ElementPath)], match.Configuration);
        }

        var unauthorised = SiviMessageContents.Employers(message)
            .Select(SiviMessageContents.Identity)
            .Where(employer => !account.Authorisation.Allows(employer))
            .Select(employer => employer.Display)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(ReceivingErrors.UnauthorisedEmployer)
            .ToList();
        if (unauthorised.Count > 0)
        {
            return RefuseKnown(unauthorised, match.Configuration);
        }
        return new Interpretation(bytes, header, type.Name, type.Release, match.Configuration, message, []);
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    /// <summary>Reads at most <paramref name="limit"/> bytes; says whether the stream held more.</summary>
    private static async Task<(ReadOnlyMemory<byte> Bytes, bool TooLarge)> ReadBoundedAsync(Stream content, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (true)
        {
            var read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, (long)limit + 1 - buffer.Length)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return (buffer.GetBuffer().AsMemory(0, limit), true);
            }
        }
        return (buffer.GetBuffer().AsMemory(0, (int)buffer.Length), false);
    }
}
