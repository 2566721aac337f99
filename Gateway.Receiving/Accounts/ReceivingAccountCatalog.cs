using Microsoft.Extensions.Configuration;

namespace Gateway.Receiving.Accounts;

/// <summary>
/// The receiving accounts configured under <c>Gateway:ReceivingAccounts</c>, with their employer groups from
/// <c>Gateway:EmployerGroups</c> resolved. Loading checks every account and reports all problems at once.
/// </summary>
public sealed class ReceivingAccountCatalog
{
    private readonly Dictionary<string, ReceivingAccount> _accounts;

    private ReceivingAccountCatalog(Dictionary<string, ReceivingAccount> accounts) => _accounts = accounts;

    public IReadOnlyCollection<string> Names => _accounts.Keys;

    public IEnumerable<ReceivingAccount> Accounts => _accounts.Values;

    /// <param name="configuration">The configuration.</param>
    /// <param name="isInstalled">
    /// Whether the schema set has a (message type, release) the descriptions do not (a release an operator installed):
    /// an import configuration may name it. Asked only for such releases; without it only described releases are accepted.
    /// </param>
    /// <exception cref="ReceivingConfigurationException">An account breaks a rule (all problems of all accounts are listed).</exception>
    public static ReceivingAccountCatalog Load(IConfiguration configuration, Func<string, string, bool>? isInstalled = null)
    {
        var groups = configuration.GetSection(EmployerGroupsOptions.Section).GetChildren().ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)[.. g.GetChildren().Select(m => m.Value).OfType<string>()],
            StringComparer.Ordinal);
        var accounts = new Dictionary<string, ReceivingAccount>(StringComparer.Ordinal);
        var problems = new List<string>();
        var sending = configuration.GetSection(Core.Accounts.AccountCatalog.Section).GetChildren().Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var child in configuration.GetSection(ReceivingAccountOptions.Section).GetChildren())
        {
            if (sending.Contains(child.Key))
            {
                problems.Add($"{ReceivingAccountOptions.Section}:{child.Key}: {Core.Accounts.AccountCatalog.Section}:{child.Key} has the same name; "
                    + "an account name is one account (one state, one audit trail), so name the receiving account differently");
            }
            var options = new ReceivingAccountOptions();
            child.Bind(options);
            options.ClassificationOverrides = new Dictionary<string, string>(options.ClassificationOverrides, StringComparer.OrdinalIgnoreCase);
            var found = ReceivingAccountValidator.Validate(child.Key, options, groups, isInstalled: isInstalled);
            if (found.Count > 0)
            {
                problems.AddRange(found);
                continue;
            }
            accounts[child.Key] = ReceivingAccount.Create(child.Key, options, groups, isInstalled);
        }
        if (problems.Count > 0)
        {
            throw new ReceivingConfigurationException(problems);
        }
        return new ReceivingAccountCatalog(accounts);
    }

    /// <summary>A catalog of accounts built in code (<see cref="ReceivingAccount.Create"/>): tests and the demo.</summary>
    public static ReceivingAccountCatalog Of(params ReceivingAccount[] accounts) => new(accounts.ToDictionary(a => a.Name, StringComparer.Ordinal));

    public ReceivingAccount Get(string name) =>
        _accounts.TryGetValue(name, out var account)
            ? account
            : throw new KeyNotFoundException($"receiving account '{name}' is not configured (known: {string.Join(", ", _accounts.Keys)})");

    public bool TryGet(string name, out ReceivingAccount? account) => _accounts.TryGetValue(name, out account);
}
