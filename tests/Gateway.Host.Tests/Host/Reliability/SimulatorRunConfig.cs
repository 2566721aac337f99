using System.Text.Json;
using System.Text.Json.Nodes;
using Afas.Simulator.Hosting;
using Gateway.Core.Persistence;
using Gateway.Outbound.Tests.Convert.Support;

namespace Gateway.Host.Tests.Reliability;

/// <summary>
/// The configuration file of a `gateway run` against the AFAS simulator: every connector pulled every minute, one
/// account "arbo" converting everything and delivering into the folder <c>out</c> below the given directory.
/// </summary>
internal static class SimulatorRunConfig
{
    private static readonly JsonSerializerOptions EnumsAsText = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>Writes <c>gateway.json</c> into <paramref name="directory"/>; returns its path.</summary>
    /// <param name="employers">The employer codes the mapping profile maps (none: the pulls run, nothing is converted).</param>
    public static async Task<string> WriteAsync(string directory, GatewayDatabase database, AfasSimulatorServer simulator, params string[] employers)
    {
        var connectors = new JsonObject();
        foreach (var connector in Gateway.Afas.Sync.SyncOrder.Connectors)
        {
            connectors[connector] = new JsonObject { ["Schedule"] = new JsonArray("* * * * *") };
        }
        var profile = Profiles.For([], "2025", p => { p.Integration = "afas"; p.Account = "arbo"; });
        foreach (var code in employers)
        {
            profile.Employers.Add(Profiles.Employer(code));
        }
        var root = new JsonObject
        {
            ["Gateway"] = new JsonObject
            {
                ["Database"] = new JsonObject { ["ConnectionString"] = database.Options.ConnectionString },
                ["SecretKeyFile"] = Path.Combine(directory, "secret.key"),
                ["Host"] = new JsonObject { ["PollInterval"] = "00:00:00.300" },
                ["Integrations"] = new JsonObject { ["afas"] = new JsonObject { ["Afas"] = new JsonObject { ["BaseUrl"] = simulator.BaseUrl.ToString(), ["Token"] = simulator.Token }, ["Connectors"] = connectors } },
                ["Accounts"] = new JsonObject
                {
                    ["arbo"] = new JsonObject
                    {
                        ["Integration"] = "afas",
                        ["Delivery"] = new JsonObject { ["Kind"] = "Folder", ["Folder"] = Path.Combine(directory, "out") },
                        ["Mapping"] = JsonSerializer.SerializeToNode(profile, EnumsAsText),
                    },
                },
            },
            ["Serilog"] = new JsonObject { ["MinimumLevel"] = "Warning" },
        };
        var path = Path.Combine(directory, "gateway.json");
        await File.WriteAllTextAsync(path, root.ToJsonString());
        return path;
    }
}
