namespace Sivi.Messages.Reading;

/// <summary>A document could not be read into the typed model; says where (line, column, element path).</summary>
public sealed class SiviReadException : Exception
{
    public SiviReadException(string message, int line, int column, string? path, Exception? inner = null)
        : base(Describe(message, line, column, path), inner)
    {
        Line = line;
        Column = column;
        ElementPath = path;
    }

    public SiviReadException()
    {
    }

    public SiviReadException(string message)
        : base(message)
    {
    }

    public SiviReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }

    public int Column { get; }

    public string? ElementPath { get; }

    private static string Describe(string message, int line, int column, string? path) =>
        path is null ? $"{line}:{column}: {message}" : $"{line}:{column} {path}: {message}";
}
