using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gateway.Transport.Sftp;
using Gateway.Transport.Sftp.Errors;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Sftp;

/// <summary>A server that stops answering (its session processes frozen with SIGSTOP, the socket left open).</summary>
[Collection(SshdTests.Name)]
public sealed class SftpTimeoutTests(SshdServer sshd)
{
    [RequiresSshdTheory, BothClients]
    public async Task A_cancelled_call_waiting_for_the_server_is_aborted_after_the_grace_period(SftpClientKind client)
    {
        var settings = sshd.Settings() with { CancellationGracePeriod = TimeSpan.FromMilliseconds(300), OperationTimeout = TimeSpan.FromSeconds(60) };
        await using var connection = await SshdServer.Client(client).ConnectAsync(settings);
        try
        {
            await SshdSessions.FreezeAllAsync(sshd);
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var clock = Stopwatch.StartNew();

            var listing = connection.ListAsync("/", cancel.Token);
            var finished = await Task.WhenAny(listing, Task.Delay(TimeSpan.FromSeconds(15)));

            Assert.Same(listing, finished);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listing);
            Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(10));
            Assert.False(connection.IsUsable);
        }
        finally
        {
            await SshdSessions.KillAllAsync(sshd);
        }
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_server_that_stops_answering_fails_the_call_after_the_operation_timeout(SftpClientKind client)
    {
        var settings = sshd.Settings() with { OperationTimeout = TimeSpan.FromSeconds(2) };
        await using var connection = await SshdServer.Client(client).ConnectAsync(settings);
        try
        {
            await SshdSessions.FreezeAllAsync(sshd);
            var clock = Stopwatch.StartNew();

            var listing = connection.ListAsync("/");
            var finished = await Task.WhenAny(listing, Task.Delay(TimeSpan.FromSeconds(15)));

            Assert.Same(listing, finished);
            var error = await Assert.ThrowsAnyAsync<SftpException>(() => listing);
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
            Assert.True(error.IsTransient);
        }
        finally
        {
            await SshdSessions.KillAllAsync(sshd);
        }
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_server_that_accepts_but_never_speaks_fails_the_connect_after_the_connect_timeout(SftpClientKind client)
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepting = silent.AcceptTcpClientAsync();
        var settings = sshd.Settings() with { Port = ((IPEndPoint)silent.LocalEndpoint).Port, ConnectTimeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SftpConnectionException>(() => SshdServer.Client(client).ConnectAsync(settings));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
        Assert.True(error.IsTransient);
        (await accepting).Dispose();
    }

    [RequiresSshdTheory, BothClients]
    public async Task An_idle_connection_with_keep_alive_stays_usable(SftpClientKind client)
    {
        await using var connection = await SshdServer.Client(client).ConnectAsync(sshd.Settings() with { KeepAliveInterval = TimeSpan.FromMilliseconds(300) });

        await Task.Delay(TimeSpan.FromSeconds(1.2)); // several keep-alives go out while idle

        Assert.True(connection.IsUsable);
        Assert.NotEmpty(await connection.ListAsync("/"));
    }
}
