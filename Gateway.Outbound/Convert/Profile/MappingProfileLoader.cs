using Gateway.Core.Accounts;
using Microsoft.Extensions.Configuration;

namespace Gateway.Outbound.Convert.Profile;

/// <summary>Reads a <see cref="MappingProfile"/> from configuration: a JSON file or any configuration section.</summary>
public static class MappingProfileLoader
{
    /// <summary>Binds a profile from a configuration section (e.g. <c>Accounts:robidus:Mapping</c>).</summary>
    /// <exception cref="InvalidOperationException">A value does not fit its property (e.g. an unknown enum name).</exception>
    public static MappingProfile Bind(IConfiguration section)
    {
        var profile = new MappingProfile();
        section.Bind(profile);
        return profile;
    }

    /// <summary>
    /// The profile an account converts with (<c>Gateway:Accounts:&lt;name&gt;:Mapping</c>) bound to the account and its
    /// integration, or null when the account has none (it converts nothing).
    /// </summary>
    public static MappingProfile? ForAccount(IConfiguration configuration, PartnerAccountOptions account)
    {
        var section = configuration.GetSection($"{AccountCatalog.Section}:{account.Name}:Mapping");
        if (!section.Exists())
        {
            return null;
        }
        var profile = Bind(section);
        profile.Account = account.Name;
        profile.Integration = account.Integration;
        return profile;
    }

    /// <summary>Reads a profile from a JSON file whose root object has the profile's properties.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not valid JSON or a value does not fit.</exception>
    public static MappingProfile Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"profile not found: {full}", full);
        }
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(full, optional: false, reloadOnChange: false).Build();
            return Bind(configuration);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or System.Text.Json.JsonException)
        {
            throw new InvalidDataException($"profile {full} cannot be read: {e.Message}", e);
        }
    }
}
