using Sivi.Codegen;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Generation;

// Regenerates what is derived from Sivi.Schemas/Definitions/*.sivi: the schema set in xsd/ and the typed
// message model in Sivi.Messages/Model/. Usage: dotnet run --project tools/Sivi.Codegen [-- <repository root>]
var root = args.Length > 0 ? args[0] : RepositoryRoot.Find(Directory.GetCurrentDirectory());
var definitions = SiviDefinitions.Embedded;
var schemas = await SchemaSetWriter.WriteAsync(definitions, Path.Combine(root, "xsd"), CancellationToken.None);
var model = await ModelWriter.WriteAsync(definitions, Path.Combine(root, "Sivi.Messages", "Model"), CancellationToken.None);
Console.WriteLine($"xsd: {schemas} file(s) changed; model: {model} file(s) changed");
