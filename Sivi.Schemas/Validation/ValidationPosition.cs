using System.Xml;

namespace Sivi.Schemas.Validation;

/// <summary>The position the schema validator reports for its next error; set before each call into it.</summary>
internal sealed class ValidationPosition : IXmlLineInfo
{
    public int LineNumber { get; private set; }

    public int LinePosition { get; private set; }

    public bool HasLineInfo() => LineNumber > 0;

    public void Set(int line, int column)
    {
        LineNumber = line;
        LinePosition = column;
    }

    /// <summary>Moves to just past <paramref name="text"/>, which starts at the given position.</summary>
    public void SetAfter(int line, int column, string text)
    {
        var lastBreak = text.LastIndexOf('\n');
        if (lastBreak < 0)
        {
            Set(line, column + text.Length);
        }
        else
        {
            Set(line + text.AsSpan().Count('\n'), text.Length - lastBreak);
        }
    }
}
