using Gateway.Receiving.Imports;

namespace Gateway.Receiving.Accounts;

/// <summary>
/// A receiving account as the processor uses it: its options, the employers it is authorised for (its own list plus
/// its employer group) and its import configurations, checked and parsed. Built by
/// <see cref="ReceivingAccountCatalog"/> or, in code, by <see cref="Create"/>.
/// </summary>
public sealed class ReceivingAccount
{
    private ReceivingAccount(string name, ReceivingAccountOptions options, EmployerAuthorisation authorisation, ImportConfigurationMatcher imports)
    {
        Name = name;
        Options = options;
        Authorisation = authorisation;
        Imports = imports;
    }

    /// <summary>The account name (the configuration key); also the register's partition key.</summary>
    public string Name { get; }

    public ReceivingAccountOptions Options { get; }

    public EmployerAuthorisation Authorisation { get; }

    public ImportConfigurationMatcher Imports { get; }

    /// <summary>Checks <paramref name="options"/> and resolves its employer group from <paramref name="employerGroups"/>.</summary>
    /// <exception cref="ReceivingConfigurationException">The options break a rule (every problem is listed).</exception>
    /// <param name="name">The account name.</param>
    /// <param name="options">Its options.</param>
    /// <param name="employerGroups">The configured employer groups.</param>
    /// <param name="isInstalled">Whether the schema set has a (message type, release) the descriptions do not (see <see cref="ReceivingAccountValidator.Validate"/>).</param>
    public static ReceivingAccount Create(string name, ReceivingAccountOptions options, IReadOnlyDictionary<string, IReadOnlyList<string>>? employerGroups = null,
        Func<string, string, bool>? isInstalled = null)
    {
        var groups = employerGroups ?? new Dictionary<string, IReadOnlyList<string>>();
        var problems = ReceivingAccountValidator.Validate(name, options, groups, isInstalled: isInstalled);
        if (problems.Count > 0)
        {
            throw new ReceivingConfigurationException(problems);
        }
        var entries = options.AuthorisedEmployers.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(options.EmployerGroup))
        {
            entries = entries.Concat(groups[options.EmployerGroup.Trim()]);
        }
        var imports = options.ImportConfigurations.Select(c => new ImportConfiguration(
            string.IsNullOrWhiteSpace(c.Name) ? $"{ReceivableMessageTypes.Canonical(c.MessageType)} {c.Release.Trim()}" : c.Name.Trim(),
            ReceivableMessageTypes.Canonical(c.MessageType)!,
            c.Release.Trim(),
            ImportFolder.Normalize(c.Folder),
            FileNameFilter.Parse(c.FileFilter),
            string.IsNullOrWhiteSpace(c.Schedule) ? null : c.Schedule.Trim())).ToList();
        return new ReceivingAccount(name, options, new EmployerAuthorisation(entries), new ImportConfigurationMatcher(imports));
    }

    public override string ToString() => Name;
}
