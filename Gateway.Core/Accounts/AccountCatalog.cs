using Microsoft.Extensions.Configuration;

namespace Gateway.Core.Accounts;

/// <summary>The partner accounts configured under <c>Gateway:Accounts</c>.</summary>
public sealed class AccountCatalog
{
    public const string Section = "Gateway:Accounts";

    private readonly Dictionary<string, PartnerAccountOptions> _accounts;

    private AccountCatalog(Dictionary<string, PartnerAccountOptions> accounts) => _accounts = accounts;

    public IReadOnlyCollection<PartnerAccountOptions> All => _accounts.Values;

    /// <exception cref="InvalidOperationException">An account names an unknown SFTP client (the message names the key).</exception>
    public static AccountCatalog Load(IConfiguration configuration)
    {
        var accounts = new Dictionary<string, PartnerAccountOptions>(StringComparer.Ordinal);
        foreach (var child in configuration.GetSection(Section).GetChildren())
        {
            var options = new PartnerAccountOptions();
            child.Bind(options);
            options.Name = child.Key;
            AccountTransportOptions.Kind(options.Transport.Client, ClientPath(child.Key));
            accounts[child.Key] = options;
        }
        return new AccountCatalog(accounts);
    }

    /// <summary>The configuration key of an account's SFTP client choice.</summary>
    public static string ClientPath(string account) => $"{Section}:{account}:Transport:Client";

    public PartnerAccountOptions Get(string name) =>
        _accounts.TryGetValue(name, out var options)
            ? options
            : throw new KeyNotFoundException($"account '{name}' is not configured (known: {string.Join(", ", _accounts.Keys)})");
}
