using Gateway.Core.Secrets;
using Microsoft.Extensions.Configuration;

namespace Gateway.Core.Integrations;

/// <summary>The integrations configured under <c>Gateway:Integrations</c>, with their tokens decrypted.</summary>
public sealed class IntegrationCatalog
{
    public const string Section = "Gateway:Integrations";

    private readonly Dictionary<string, IntegrationOptions> _integrations;

    private IntegrationCatalog(Dictionary<string, IntegrationOptions> integrations) => _integrations = integrations;

    public IReadOnlyCollection<string> Names => _integrations.Keys;

    public static IntegrationCatalog Load(IConfiguration configuration, Func<SecretProtector> protector)
    {
        var integrations = new Dictionary<string, IntegrationOptions>(StringComparer.Ordinal);
        foreach (var child in configuration.GetSection(Section).GetChildren())
        {
            var options = new IntegrationOptions();
            child.Bind(options);
            options.Name = child.Key;
            if (SecretProtector.IsProtected(options.Afas.Token))
            {
                options.Afas.Token = protector().Unprotect(options.Afas.Token);
            }
            integrations[child.Key] = options;
        }
        return new IntegrationCatalog(integrations);
    }

    public IntegrationOptions Get(string name) =>
        _integrations.TryGetValue(name, out var options)
            ? options
            : throw new KeyNotFoundException($"integration '{name}' is not configured (known: {string.Join(", ", _integrations.Keys)})");
}
