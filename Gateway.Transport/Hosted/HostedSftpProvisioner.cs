using System.Text;
using System.Text.RegularExpressions;

namespace Gateway.Transport.Hosted;

/// <summary>
/// Turns the configured hosted accounts into a <see cref="HostedSftpPlan"/>: a pure function (no I/O), so the plan can
/// be shown, diffed and tested before <see cref="HostedSftpPlanApplier"/> carries it out.
/// <para>
/// Per account: a system user with its own group (no shell, no password), a root-owned chroot (sshd demands it),
/// <c>outbox</c> and <c>inbox</c> owned by the user and its group with mode 2770 (setgid: files the gateway writes
/// get the account's group, so the partner can read them; the partner deletes what it collected), and a root-owned
/// authorized_keys file whose keys carry <c>restrict</c>.
/// </para>
/// </summary>
public sealed partial class HostedSftpProvisioner(HostedSftpOptions options)
{
    private static readonly string[] KnownKeyTypes =
    [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ];

    private static readonly UnixFileMode RootDirectoryMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static readonly UnixFileMode SharedFolderMode =
        UnixFileMode.SetGroup | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute;

    private static readonly UnixFileMode PublicFileMode =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>The plan for exactly these accounts; throws <see cref="ArgumentException"/> naming what is invalid.</summary>
    public HostedSftpPlan CreatePlan(IEnumerable<HostedSftpAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ValidateOptions();
        var layouts = accounts.Select(Layout).ToList();
        var duplicate = layouts.GroupBy(l => l.Account.SystemUserName).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"system user '{duplicate.Key}' is configured for more than one hosted account");
        }

        var steps = new List<ProvisioningStep>
        {
            new EnsureDirectoryStep(options.ChrootRoot, "root", "root", RootDirectoryMode),
            new EnsureDirectoryStep(options.AuthorizedKeysDirectory, "root", "root", RootDirectoryMode),
        };
        foreach (var layout in layouts)
        {
            var user = layout.Account.SystemUserName;
            steps.Add(new EnsureSystemUserStep(user));
            if (options.GatewayUser is { } gatewayUser and not "root")
            {
                steps.Add(new AddUserToGroupStep(gatewayUser, user));
            }
            steps.Add(new EnsureDirectoryStep(layout.ChrootDirectory, "root", "root", RootDirectoryMode));
            steps.Add(new EnsureDirectoryStep(layout.OutboxDirectory, user, user, SharedFolderMode));
            steps.Add(new EnsureDirectoryStep(layout.InboxDirectory, user, user, SharedFolderMode));
            foreach (var folder in ExtraFolders(layout))
            {
                steps.Add(new EnsureDirectoryStep($"{layout.ChrootDirectory}/{folder}", user, user, SharedFolderMode));
            }
            steps.Add(new WriteFileStep(layout.AuthorizedKeysFile, AuthorizedKeysText(layout.Account), "root", "root", PublicFileMode));
        }
        var fragment = SshdConfigFragment.Render(layouts, options);
        steps.Add(new WriteFileStep(options.SshdConfigFragmentPath, fragment, "root", "root", PublicFileMode));
        return new HostedSftpPlan(fragment, layouts, steps);
    }

    private HostedAccountLayout Layout(HostedSftpAccount account)
    {
        var user = account.SystemUserName;
        if (!UserNamePattern().IsMatch(user) || user == "root")
        {
            throw new ArgumentException($"hosted account '{account.AccountName}': '{user}' is not a valid system user name " +
                "(lower case letters, digits, '_' and '-', starting with a letter or '_', at most 32 characters; not root)");
        }
        if (account.AuthorizedKeys.Count == 0)
        {
            throw new ArgumentException($"hosted account '{account.AccountName}' has no authorized public key (password login is not offered)");
        }
        foreach (var key in account.AuthorizedKeys)
        {
            ValidatePublicKey(account, key);
        }
        var badFolder = account.Folders.FirstOrDefault(f => !FolderNamePattern().IsMatch(f.TrimStart('/')));
        if (badFolder is not null)
        {
            throw new ArgumentException($"hosted account '{account.AccountName}': folder '{badFolder}' must be a plain name (letters, digits, '_', '-')");
        }
        var chroot = account.ChrootDirectory ?? $"{options.ChrootRoot.TrimEnd('/')}/{user}";
        RequireConfigPath(chroot, $"hosted account '{account.AccountName}': chroot directory");
        return new HostedAccountLayout(account, chroot, $"{chroot}/{options.OutboxFolder}", $"{chroot}/{options.InboxFolder}",
            $"{options.AuthorizedKeysDirectory.TrimEnd('/')}/{user}");
    }

    private IEnumerable<string> ExtraFolders(HostedAccountLayout layout) =>
        layout.Account.Folders.Select(f => f.TrimStart('/')).Where(f => f != options.OutboxFolder && f != options.InboxFolder).Distinct(StringComparer.Ordinal);

    private static string AuthorizedKeysText(HostedSftpAccount account)
    {
        var text = new StringBuilder();
        text.Append($"# {new string(account.AccountName.Select(c => char.IsControl(c) ? ' ' : c).ToArray())} (generated by the gateway)\n");
        foreach (var key in account.AuthorizedKeys)
        {
            var fields = key.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            text.Append("restrict ").Append(string.Join(' ', fields)).Append('\n');
        }
        return text.ToString();
    }

    private static void ValidatePublicKey(HostedSftpAccount account, string key)
    {
        var fields = key.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var problem = key.Contains('\n', StringComparison.Ordinal) ? "contains a line break"
            : fields.Length < 2 ? "is not 'type base64 [comment]'"
            : !KnownKeyTypes.Contains(fields[0]) ? $"has unsupported key type '{fields[0]}' (options before the key are not accepted)"
            : !IsBase64KeyOfType(fields[1], fields[0]) ? "has a key that is not base64 of that key type"
            : null;
        if (problem is not null)
        {
            throw new ArgumentException($"hosted account '{account.AccountName}': an authorized public key {problem}");
        }
    }

    private static bool IsBase64KeyOfType(string base64, string keyType)
    {
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var length) || length < 4)
        {
            return false;
        }
        var typeLength = (buffer[0] << 24) | (buffer[1] << 16) | (buffer[2] << 8) | buffer[3];
        return typeLength > 0 && typeLength <= length - 4 && Encoding.ASCII.GetString(buffer, 4, typeLength) == keyType;
    }

    private void ValidateOptions()
    {
        RequireConfigPath(options.ChrootRoot, "ChrootRoot");
        RequireConfigPath(options.AuthorizedKeysDirectory, "AuthorizedKeysDirectory");
        RequireConfigPath(options.SshdConfigFragmentPath, "SshdConfigFragmentPath");
        foreach (var folder in new[] { options.OutboxFolder, options.InboxFolder })
        {
            if (!FolderNamePattern().IsMatch(folder))
            {
                throw new ArgumentException($"hosted folder name '{folder}' must be a plain name (letters, digits, '_', '-')");
            }
        }
        if (!UmaskPattern().IsMatch(options.PartnerUmask))
        {
            throw new ArgumentException($"PartnerUmask '{options.PartnerUmask}' is not an octal umask such as 0007");
        }
        if (options.GatewayUser is { } gatewayUser && !UserNamePattern().IsMatch(gatewayUser))
        {
            throw new ArgumentException($"GatewayUser '{gatewayUser}' is not a valid system user name");
        }
    }

    /// <summary>sshd_config values are unquoted here and '%' would be expanded: absolute paths of plain characters only.</summary>
    private static void RequireConfigPath(string path, string what)
    {
        if (!ConfigPathPattern().IsMatch(path) || path.Contains("/../", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{what} '{path}' must be an absolute path of letters, digits, '/', '.', '_' and '-'");
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_-]{0,31}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex FolderNamePattern();

    [GeneratedRegex("^0?[0-7]{3}$")]
    private static partial Regex UmaskPattern();

    [GeneratedRegex("^/[A-Za-z0-9/._-]*$")]
    private static partial Regex ConfigPathPattern();
}
