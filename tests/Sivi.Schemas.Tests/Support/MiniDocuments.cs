using System.Text;

namespace Sivi.Schemas.Tests.Support;

/// <summary>Documents for the schemas of <see cref="MiniSchemaDirectory"/>.</summary>
public static class MiniDocuments
{
    /// <summary>A valid Melding of <paramref name="release"/> with <paramref name="regels"/> Regel elements.</summary>
    public static string Valid(string release = "2024", int regels = 2)
    {
        var text = new StringBuilder();
        text.Append($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Melding xmlns="{MiniSchemaDirectory.Namespace(release)}">
              <Kop>
                <Datum>2026-03-02</Datum>
                <Code>A</Code>
              </Kop>

            """);
        for (var i = 1; i <= regels; i++)
        {
            text.Append($"  <Regel>\n    <Nr>{i}</Nr>\n    <Tekst>regel {i % 1000}</Tekst>\n  </Regel>\n");
        }
        text.Append("</Melding>\n");
        return text.ToString();
    }

    /// <summary>
    /// Three distinct errors: line 4 Datum (not a date), line 5 Code (not in the enumeration), line 13 Tekst of the
    /// second Regel (longer than 10 characters).
    /// </summary>
    public static string WithThreeErrors(string release = "2024") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Melding xmlns="{MiniSchemaDirectory.Namespace(release)}">
          <Kop>
            <Datum>2 maart</Datum>
            <Code>Z</Code>
          </Kop>
          <Regel>
            <Nr>1</Nr>
            <Tekst>goed</Tekst>
          </Regel>
          <Regel>
            <Nr>2</Nr>
            <Tekst>veel te lange tekst</Tekst>
          </Regel>
        </Melding>
        """;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static MemoryStream Stream(string text) => new(Utf8(text), writable: false);
}
