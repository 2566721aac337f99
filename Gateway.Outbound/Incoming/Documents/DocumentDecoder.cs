using System.Buffers;
using Gateway.Core.Accounts;
using Sivi.Messages.Model;

namespace Gateway.Outbound.Incoming.Documents;

/// <summary>
/// Turns a Document's Datastring into the file it carries: base64 decoded (line breaks and spaces allowed), no larger
/// than the account allows, with a file type read from its name (Bestandsnm) or its mapped BestandTypCd — both, when
/// given, must agree — that the account accepts and the bytes really have. Errors name the document and what is wrong,
/// never the content.
/// </summary>
public sealed class DocumentDecoder(IncomingMessagesOptions options)
{
    public DecodedDocument Decode(Document document)
    {
        var id = document.IdDocument ?? "?";
        var (fileType, typeError) = FileTypeOf(document, id);
        if (typeError is not null)
        {
            return DecodedDocument.Refused(typeError);
        }
        var text = document.Datastring ?? "";
        var base64 = RemoveWhitespace(text);
        if ((long)base64.Length / 4 * 3 > options.MaxDocumentBytes + 2)
        {
            return DecodedDocument.Refused($"document {id} is larger than the {options.MaxDocumentBytes} bytes this account accepts");
        }
        var buffer = new byte[(base64.Length / 4 * 3) + 3];
        if (base64.Length == 0 || !System.Convert.TryFromBase64String(base64, buffer, out var written))
        {
            return DecodedDocument.Refused($"document {id}: Datastring is not valid base64");
        }
        if (written > options.MaxDocumentBytes)
        {
            return DecodedDocument.Refused($"document {id} is larger than the {options.MaxDocumentBytes} bytes this account accepts");
        }
        var content = buffer.AsSpan(0, written).ToArray();
        if (!FileSignatures.Matches(fileType!, content))
        {
            return DecodedDocument.Refused($"document {id} is declared {fileType} but its content is not a {fileType} file");
        }
        var name = document.Bestandsnm is { Length: > 0 } given ? SafeName(given) : $"{SafeName(id)}.{fileType}";
        return new DecodedDocument(content, fileType!, name, null);
    }

    private (string? Type, string? Error) FileTypeOf(Document document, string id)
    {
        var fromName = document.Bestandsnm is { Length: > 0 } name ? Path.GetExtension(name).TrimStart('.').ToLowerInvariant() : "";
        var fromCode = document.BestandTypCd is { } code && options.FileTypeCodes.TryGetValue(code, out var mapped) ? mapped.Trim().TrimStart('.').ToLowerInvariant() : "";
        if (fromName.Length > 0 && fromCode.Length > 0 && fromName != fromCode)
        {
            return (null, $"document {id} has BestandTypCd {document.BestandTypCd} ({fromCode}) but is named as a {fromName} file");
        }
        var type = fromName.Length > 0 ? fromName : fromCode;
        if (type.Length == 0)
        {
            return (null, $"document {id} names no file type (Bestandsnm has no extension and BestandTypCd {document.BestandTypCd ?? "-"} is not mapped for this account)");
        }
        if (!options.AllowedFileTypes.Contains(type, StringComparer.OrdinalIgnoreCase) || !FileSignatures.Known.Contains(type))
        {
            return (null, $"document {id} is a {type} file, a type this account does not accept");
        }
        return (type, null);
    }

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n");

    private static string RemoveWhitespace(string text) =>
        text.AsSpan().ContainsAny(Whitespace) ? string.Concat(text.Where(c => !Whitespace.Contains(c))) : text;

    private static string SafeName(string name)
    {
        var plain = Path.GetFileName(name.Replace('\\', '/'));
        var chars = plain.Select(c => char.IsControl(c) || Path.GetInvalidFileNameChars().Contains(c) ? '_' : c).ToArray();
        return chars.Length == 0 ? "document" : new string(chars);
    }
}

/// <summary>A decoded document, or why it was refused.</summary>
public sealed record DecodedDocument(byte[]? Content, string? FileType, string? FileName, string? Error)
{
    public static DecodedDocument Refused(string error) => new(null, null, null, error);
}
