using System.CommandLine;
using System.Diagnostics;
using Gateway.Host.Cli;
using Gateway.Host.Cli.Progress;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Progress;

/// <summary>
/// The progress line of long CLI runs: drawn in place on a terminal, throttled and cleared; nothing at all when the
/// output is redirected — <c>gateway validate</c> through a pipe prints exactly what it printed before, and on a real
/// terminal (a pseudo-terminal made by <c>script</c>) it counts the files.
/// </summary>
public sealed class TerminalProgressTests : IDisposable
{
    private const string Rewind = "\r\u001b[K";
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-progress-").FullName;

    [Fact]
    public void On_a_terminal_the_line_is_redrawn_in_place_at_most_once_per_interval_and_cleared()
    {
        using var output = new StringWriter();
        var clock = new SteppedClock();
        var progress = new TerminalProgress(output, enabled: true, clock, TimeSpan.FromMilliseconds(100));

        progress.Report("validated 1 of 3 files");
        progress.Report("validated 2 of 3 files");
        clock.Advance(TimeSpan.FromMilliseconds(150));
        progress.Report("validated 3 of 3 files");
        progress.Dispose();

        Assert.Equal(Rewind + "validated 1 of 3 files" + Rewind + "validated 3 of 3 files" + Rewind, output.ToString());
    }

    [Fact]
    public void A_clear_with_nothing_shown_writes_nothing()
    {
        using var output = new StringWriter();
        var progress = new TerminalProgress(output, enabled: true);

        progress.Clear();
        progress.Report("converted 10 messages");
        progress.Clear();
        progress.Clear();

        Assert.Equal(Rewind + "converted 10 messages" + Rewind, output.ToString());
    }

    [Fact]
    public async Task Redirected_or_not_the_console_it_writes_nothing_and_only_awaits()
    {
        using var output = new StringWriter();
        using var progress = TerminalProgress.For(output);

        progress.Report("validated 1 of 2 files", force: true);
        var result = await progress.WhileAsync(Task.Delay(50).ContinueWith(_ => 42, TaskScheduler.Default), elapsed => $"pulling, {elapsed.TotalSeconds} s", default);
        progress.Clear();

        Assert.False(progress.Enabled);
        Assert.Equal(42, result);
        Assert.Empty(output.ToString());
        Assert.Equal(!Console.IsOutputRedirected, TerminalProgress.For(Console.Out).Enabled);
    }

    [Fact]
    public async Task While_a_pull_runs_on_a_terminal_its_elapsed_time_is_shown_then_cleared()
    {
        using var output = new StringWriter();
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var progress = new TerminalProgress(output, enabled: true, clock);
        var pull = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var running = progress.WhileAsync(pull.Task, elapsed => $"pulling Verzuim (1 of 1), {(int)elapsed.TotalSeconds} s", default);
        await clock.WaitForTimerAsync(at => at == DateTimeOffset.UnixEpoch.AddSeconds(1), deadline.Token);
        clock.Advance(TimeSpan.FromSeconds(1));
        await clock.WaitForTimerAsync(at => at == DateTimeOffset.UnixEpoch.AddSeconds(2), deadline.Token);
        pull.SetResult("done");
        var result = await running;

        Assert.Equal("done", result);
        Assert.StartsWith(Rewind + "pulling Verzuim (1 of 1), 0 s" + Rewind + "pulling Verzuim (1 of 1), 1 s", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(Rewind, output.ToString(), StringComparison.Ordinal);
    }

    [RequiresScriptFact]
    public async Task Gateway_validate_counts_files_on_a_terminal_and_prints_exactly_the_verdicts_through_a_pipe()
    {
        var files = Path.Combine(_directory, "samples");
        using (var quiet = new StringWriter())
        {
            Assert.Equal(0, await GatewayCli.Build().Parse(["demo", "--samples", files]).InvokeAsync(new InvocationConfiguration { Output = quiet, Error = quiet }));
        }
        var count = Directory.GetFiles(files, "*.xml", SearchOption.AllDirectories).Length;
        var gateway = Path.Combine(AppContext.BaseDirectory, "gateway");

        var piped = await RunAsync(gateway, ["validate", files]);
        var terminal = await RunAsync("script", ["-qec", $"'{gateway}' validate '{files}'", "/dev/null"]);

        Assert.DoesNotContain("\u001b", piped, StringComparison.Ordinal);
        Assert.DoesNotContain("validated", piped, StringComparison.Ordinal);
        var verdicts = piped.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, verdicts.Length);
        Assert.All(verdicts, line => Assert.StartsWith("VALID   ", line, StringComparison.Ordinal));
        Assert.Contains($"{Rewind}validated 1 of {count} files", terminal, StringComparison.Ordinal);
        // without the progress line the terminal shows the same verdicts (the terminal ends lines with \r\n)
        var shown = terminal.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var line in verdicts)
        {
            Assert.Contains(line, shown, StringComparison.Ordinal);
        }
        Assert.Contains($"{count} files: {count} valid, 0 invalid", terminal, StringComparison.Ordinal);
    }

    private async Task<string> RunAsync(string program, string[] arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _directory };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        Assert.True(process.ExitCode == 0, await output + await error);
        return await output;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    private sealed class RequiresScriptFactAttribute : FactAttribute
    {
        public RequiresScriptFactAttribute()
        {
            if (!File.Exists("/usr/bin/script"))
            {
                Skip = "needs script(1) from util-linux to run the command on a pseudo-terminal";
            }
        }
    }
}
