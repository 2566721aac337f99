using System.CommandLine;
using Gateway.Host.Cli.Validate;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Tests.Validate;

/// <summary>
/// A temp folder with a handwritten mini schema set (<c>schemas/2024/Melding.xsd</c>, root <c>Melding</c> in
/// <c>urn:test:gateway:Melding/2024</c>) and room for documents, plus a way to run <c>gateway validate</c> in-process.
/// </summary>
public sealed class ValidationWorkspace : IDisposable
{
    public const string Namespace = "urn:test:gateway:Melding/2024";

    public ValidationWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "gateway-validate-" + Guid.NewGuid().ToString("N"));
        Schemas = Path.Combine(Root, "schemas");
        Directory.CreateDirectory(Path.Combine(Schemas, "2024"));
        File.WriteAllText(Path.Combine(Schemas, "2024", "Melding.xsd"), Schema);
    }

    public string Root { get; }

    public string Schemas { get; }

    public static string ValidDocument(int regels = 1) =>
        $"<Melding xmlns=\"{Namespace}\"><Datum>2026-03-02</Datum>"
        + string.Concat(Enumerable.Range(1, regels).Select(i => $"<Regel>{i}</Regel>"))
        + "</Melding>\n";

    /// <summary>Two schema errors: Datum (line 2) is no date and the second Regel (line 4) no integer.</summary>
    public static string InvalidDocument() =>
        $"<Melding xmlns=\"{Namespace}\">\n<Datum>morgen</Datum>\n<Regel>1</Regel>\n<Regel>twee</Regel>\n</Melding>\n";

    /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/> below the workspace; returns the full path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs <c>validate</c> with the given arguments; <c>Sivi:SchemaDirectory</c> comes from <paramref name="configuredSchemas"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> arguments, string? configuredSchemas = null)
    {
        var settings = new Dictionary<string, string?> { ["Sivi:SchemaDirectory"] = configuredSchemas };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var root = new RootCommand { ValidateCommand.Create(() => configuration) };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var parse = root.Parse(["validate", .. arguments]);
        var exitCode = parse.Errors.Count > 0 ? 2 : await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static readonly string Schema = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="{Namespace}" elementFormDefault="qualified">
          <xsd:element name="Melding">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="Datum" type="xsd:date"/>
                <xsd:element name="Regel" type="xsd:int" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
        </xsd:schema>
        """;
}
