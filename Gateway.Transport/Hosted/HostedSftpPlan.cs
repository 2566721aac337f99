using System.Text;

namespace Gateway.Transport.Hosted;

/// <summary>
/// What provisioning the hosted SFTP folders amounts to: the sshd_config fragment, the per-account layout and the
/// ordered, idempotent steps (users, directories, authorized_keys files, the fragment itself). Pure data: apply it
/// with <see cref="HostedSftpPlanApplier"/> or hand <see cref="ToShellScript"/> to an administrator.
/// </summary>
public sealed record HostedSftpPlan(string SshdConfigFragment, IReadOnlyList<HostedAccountLayout> Accounts, IReadOnlyList<ProvisioningStep> Steps)
{
    /// <summary>The steps as a bash script (run as root), ending with the config test and a reload hint.</summary>
    public string ToShellScript(string sshdConfigPath = "/etc/ssh/sshd_config")
    {
        var script = new StringBuilder();
        script.Append("#!/usr/bin/env bash\n# Hosted SFTP folders of the gateway; generated, idempotent, run as root.\nset -euo pipefail\n");
        foreach (var step in Steps)
        {
            script.Append(step.ToShellCommand()).Append('\n');
        }
        script.Append($"/usr/sbin/sshd -t -f {ShellQuote.Quote(sshdConfigPath)}\n");
        script.Append("# then reload sshd: systemctl reload ssh\n");
        return script.ToString();
    }
}
