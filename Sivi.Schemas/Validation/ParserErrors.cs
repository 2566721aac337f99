using System.Text.RegularExpressions;
using System.Xml;

namespace Sivi.Schemas.Validation;

/// <summary>Turns the exception that stopped the XML parser into the document's terminal error.</summary>
internal static partial class ParserErrors
{
    /// <param name="lastLine">Last position read, used when the parser reports none (refused DTD, size limit).</param>
    /// <param name="lastColumn">Column of <paramref name="lastLine"/>.</param>
    /// <param name="path">Element path at the point of failure; null before the root element.</param>
    /// <param name="maxCharacters">The character limit in force, named in the error when it was exceeded.</param>
    public static SiviValidationError ToError(XmlException e, int lastLine, int lastColumn, string? path, long maxCharacters)
    {
        var message = PositionSuffix().Replace(e.Message, string.Empty);
        var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : (lastLine, lastColumn);
        if (message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return new SiviValidationError(line, column, path,
                $"the document exceeds the limit of {maxCharacters} characters", ValidationErrorKind.Limit);
        }
        if (message.Contains("DTD", StringComparison.Ordinal))
        {
            return new SiviValidationError(line, column, path,
                "DTDs are refused: the document declares a <!DOCTYPE>; no entity or external reference in it is read", ValidationErrorKind.NotWellFormed);
        }
        return new SiviValidationError(line, column, path, "not well-formed XML: " + message, ValidationErrorKind.NotWellFormed);
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex PositionSuffix();
}
