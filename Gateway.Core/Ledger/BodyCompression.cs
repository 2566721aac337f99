using System.IO.Compression;

namespace Gateway.Core.Ledger;

/// <summary>Message bodies are stored gzip-compressed (SIVI XML compresses about tenfold).</summary>
public static class BodyCompression
{
    public static byte[] Compress(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream(body.Length / 4 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }
        return output.ToArray();
    }

    public static byte[] Decompress(byte[] stored, int length)
    {
        var body = new byte[length];
        using var gzip = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
        gzip.ReadExactly(body);
        return body;
    }
}
