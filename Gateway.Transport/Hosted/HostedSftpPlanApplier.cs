using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Transport.Hosted;

/// <summary>
/// Carries out a <see cref="HostedSftpPlan"/> on this machine. Needs root (it creates system users and root-owned
/// directories); every step is idempotent, so applying the same plan again changes nothing. Users are created with
/// the shadow tools (useradd, usermod), ownership with chown; directories and files through .NET (files atomically).
/// It does not reload sshd: check with <see cref="ValidateSshdConfigAsync"/>, then reload the service.
/// </summary>
public sealed partial class HostedSftpPlanApplier(ILogger<HostedSftpPlanApplier>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<HostedSftpPlanApplier>.Instance;

    public async Task ApplyAsync(HostedSftpPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            throw new InvalidOperationException("applying the hosted SFTP plan needs root on Linux; " +
                "without it, give the administrator the script of HostedSftpPlan.ToShellScript()");
        }
        foreach (var step in plan.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await ApplyStepAsync(step, cancellationToken).ConfigureAwait(false);
            StepApplied(_logger, step.Summary);
        }
    }

    /// <summary>Runs <c>sshd -t</c> on a full configuration; returns null when it is valid, else sshd's complaint.</summary>
    public static async Task<string?> ValidateSshdConfigAsync(string sshdConfigPath, CancellationToken cancellationToken = default)
    {
        var (exitCode, output) = await HostCommand.RunAsync("/usr/sbin/sshd", ["-t", "-f", sshdConfigPath], cancellationToken).ConfigureAwait(false);
        return exitCode == 0 ? null : output.Trim();
    }

    [SupportedOSPlatform("linux")]
    private static async Task ApplyStepAsync(ProvisioningStep step, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case EnsureSystemUserStep user:
                if ((await HostCommand.RunAsync("id", ["-u", user.UserName], cancellationToken).ConfigureAwait(false)).ExitCode != 0)
                {
                    await HostCommand.RequireAsync("useradd", ["--system", "--user-group", "--no-create-home", "--home-dir", "/", "--shell", "/usr/sbin/nologin", user.UserName], cancellationToken).ConfigureAwait(false);
                }
                await HostCommand.RequireAsync("usermod", ["-p", "*", user.UserName], cancellationToken).ConfigureAwait(false);
                break;
            case AddUserToGroupStep membership:
                await HostCommand.RequireAsync("usermod", ["-a", "-G", membership.GroupName, membership.UserName], cancellationToken).ConfigureAwait(false);
                break;
            case EnsureDirectoryStep directory:
                Directory.CreateDirectory(directory.Path);
                await HostCommand.RequireAsync("chown", [$"{directory.Owner}:{directory.Group}", directory.Path], cancellationToken).ConfigureAwait(false);
                File.SetUnixFileMode(directory.Path, directory.Mode);
                break;
            case WriteFileStep file:
                var temporary = Path.Combine(Path.GetDirectoryName(file.Path)!, $".{Path.GetFileName(file.Path)}.new");
                Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
                await File.WriteAllTextAsync(temporary, file.Content, cancellationToken).ConfigureAwait(false);
                await HostCommand.RequireAsync("chown", [$"{file.Owner}:{file.Group}", temporary], cancellationToken).ConfigureAwait(false);
                File.SetUnixFileMode(temporary, file.Mode);
                File.Move(temporary, file.Path, overwrite: true);
                break;
            default:
                throw new NotSupportedException($"unknown provisioning step {step.GetType().Name}");
        }
    }

    [LoggerMessage(EventId = 5300, Level = LogLevel.Information, Message = "Hosted SFTP provisioning: {Step} ensured")]
    private static partial void StepApplied(ILogger logger, string step);
}
