namespace Gateway.Transport.Hosted;

/// <summary>One idempotent action of a <see cref="HostedSftpPlan"/>; renders itself as shell for an administrator.</summary>
public abstract record ProvisioningStep
{
    /// <summary>The equivalent shell command(s).</summary>
    public abstract string ToShellCommand();

    /// <summary>What the step ensures, in a word or two, and on what (for logs).</summary>
    public abstract string Summary { get; }
}

/// <summary>A system user (and its own group) with no shell, no home and no usable password: key login only.</summary>
public sealed record EnsureSystemUserStep(string UserName) : ProvisioningStep
{
    public override string Summary => $"system user {UserName}";

    public override string ToShellCommand()
    {
        var user = ShellQuote.Quote(UserName);
        // '*' instead of useradd's locked '!': sshd without PAM refuses even key logins of locked accounts.
        return $"id -u {user} >/dev/null 2>&1 || useradd --system --user-group --no-create-home --home-dir / --shell /usr/sbin/nologin {user}\n" +
               $"usermod -p '*' {user}";
    }
}

/// <summary>Adds a user (the gateway's service account) to a group (an account's).</summary>
public sealed record AddUserToGroupStep(string UserName, string GroupName) : ProvisioningStep
{
    public override string Summary => $"{UserName} in group {GroupName}";

    public override string ToShellCommand() => $"usermod -a -G {ShellQuote.Quote(GroupName)} {ShellQuote.Quote(UserName)}";
}

/// <summary>A directory with the given owner, group and mode (applied also when it already exists).</summary>
public sealed record EnsureDirectoryStep(string Path, string Owner, string Group, UnixFileMode Mode) : ProvisioningStep
{
    public override string Summary => $"directory {Path}";

    public override string ToShellCommand() =>
        $"install -d -o {ShellQuote.Quote(Owner)} -g {ShellQuote.Quote(Group)} -m {ShellQuote.Mode(Mode)} {ShellQuote.Quote(Path)}";
}

/// <summary>A file with exactly this content, owner, group and mode (written atomically).</summary>
public sealed record WriteFileStep(string Path, string Content, string Owner, string Group, UnixFileMode Mode) : ProvisioningStep
{
    private static readonly string EndMarker = "GATEWAY_PROVISIONING_EOF";

    public override string Summary => $"file {Path}";

    public override string ToShellCommand() =>
        $"install -o {ShellQuote.Quote(Owner)} -g {ShellQuote.Quote(Group)} -m {ShellQuote.Mode(Mode)} /dev/stdin {ShellQuote.Quote(Path)} <<'{EndMarker}'\n" +
        Content.TrimEnd('\n') + "\n" + EndMarker;
}
