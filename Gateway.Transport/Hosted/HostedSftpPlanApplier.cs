using System.Diagnostics;
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
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
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
        var (exitCode, output) = await RunAsync("/usr/sbin/sshd", ["-t", "-f", sshdConfigPath], cancellationToken).ConfigureAwait(false);
        return exitCode == 0 ? null : output.Trim();
    }

    [SupportedOSPlatform("linux")]
    private static async Task ApplyStepAsync(ProvisioningStep step, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case EnsureSystemUserStep user:
                if ((await RunAsync("id", ["-u", user.UserName], cancellationToken).ConfigureAwait(false)).ExitCode != 0)
                {
                    await RequireAsync("useradd", ["--system", "--user-group", "--no-create-home", "--home-dir", "/", "--shell", "/usr/sbin/nologin", user.UserName], cancellationToken).ConfigureAwait(false);
                }
                await RequireAsync("usermod", ["-p", "*", user.UserName], cancellationToken).ConfigureAwait(false);
                break;
            case AddUserToGroupStep membership:
                await RequireAsync("usermod", ["-a", "-G", membership.GroupName, membership.UserName], cancellationToken).ConfigureAwait(false);
                break;
            case EnsureDirectoryStep directory:
                Directory.CreateDirectory(directory.Path);
                await RequireAsync("chown", [$"{directory.Owner}:{directory.Group}", directory.Path], cancellationToken).ConfigureAwait(false);
                File.SetUnixFileMode(directory.Path, directory.Mode);
                break;
            case WriteFileStep file:
                var temporary = Path.Combine(Path.GetDirectoryName(file.Path)!, $".{Path.GetFileName(file.Path)}.new");
                Directory.CreateDirectory(Path.GetDirectoryName(file.Path)!);
                await File.WriteAllTextAsync(temporary, file.Content, cancellationToken).ConfigureAwait(false);
                await RequireAsync("chown", [$"{file.Owner}:{file.Group}", temporary], cancellationToken).ConfigureAwait(false);
                File.SetUnixFileMode(temporary, file.Mode);
                File.Move(temporary, file.Path, overwrite: true);
                break;
            default:
                throw new NotSupportedException($"unknown provisioning step {step.GetType().Name}");
        }
    }

    private static async Task RequireAsync(string command, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync(command, arguments, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed with exit code {exitCode}: {output.Trim()}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string command, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        return (process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 5300, Level = LogLevel.Information, Message = "Hosted SFTP provisioning: {Step} ensured")]
    private static partial void StepApplied(ILogger logger, string step);
}
