using System.Text;

namespace Gateway.Outbound.Incoming.Documents;

/// <summary>
/// Whether a document's bytes are what its file type says: the leading bytes each format starts with (PDF <c>%PDF-</c>,
/// PNG, JPEG, TIFF, the OLE container of .doc, the ZIP container of .docx), and for text valid UTF-8 without NUL.
/// A type without a known signature is never accepted.
/// </summary>
public static class FileSignatures
{
    private static readonly Dictionary<string, byte[][]> Starts = new(StringComparer.Ordinal)
    {
        ["pdf"] = [[0x25, 0x50, 0x44, 0x46, 0x2D]],
        ["png"] = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]],
        ["jpg"] = [[0xFF, 0xD8, 0xFF]],
        ["jpeg"] = [[0xFF, 0xD8, 0xFF]],
        ["tif"] = [[0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A]],
        ["tiff"] = [[0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A]],
        ["doc"] = [[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]],
        ["docx"] = [[0x50, 0x4B, 0x03, 0x04]],
        ["xlsx"] = [[0x50, 0x4B, 0x03, 0x04]],
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file types the gateway can check.</summary>
    public static IEnumerable<string> Known => Starts.Keys.Append("txt");

    public static bool Matches(string fileType, ReadOnlySpan<byte> content)
    {
        if (fileType == "txt")
        {
            return IsText(content);
        }
        if (!Starts.TryGetValue(fileType, out var starts))
        {
            return false;
        }
        foreach (var start in starts)
        {
            if (content.StartsWith(start))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.Contains((byte)0))
        {
            return false;
        }
        try
        {
            _ = StrictUtf8.GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
