using System.Net;
using System.Net.Sockets;

namespace Gateway.Tests.Shared;

/// <summary>
/// A loopback TCP relay in front of a real server: clients connect to <see cref="Port"/> and talk to the server
/// through it. <see cref="Cut"/> is an outage of the partner as the network shows it — open connections are reset and
/// new ones refused — while the server itself keeps running; <see cref="Restore"/> ends it on the same port.
/// </summary>
internal sealed class TcpRelay : IAsyncDisposable
{
    private readonly int _target;
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;

    public TcpRelay(int targetPort)
    {
        _target = targetPort;
        Port = FreePort.Next();
        Restore();
    }

    public int Port { get; }

    /// <summary>Resets every open connection and refuses new ones.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
            foreach (var client in _open)
            {
                client.Client.LingerState = new LingerOption(true, 0); // RST, as a dropped link looks to the client
                client.Dispose();
            }
            _open.Clear();
        }
    }

    /// <summary>Listens again on <see cref="Port"/>.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            _listener = listener;
            _accepting = AcceptAsync(listener);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Cut();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // cut
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _target);
            lock (_gate)
            {
                if (_listener is null)
                {
                    throw new SocketException((int)SocketError.ConnectionReset);
                }
                _open.Add(client);
                _open.Add(server);
            }
            using var stop = new CancellationTokenSource();
            var up = client.GetStream().CopyToAsync(server.GetStream(), stop.Token);
            var down = server.GetStream().CopyToAsync(client.GetStream(), stop.Token);
            await Task.WhenAny(up, down);
            await stop.CancelAsync();
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // the link was cut or one side closed
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(client);
                _open.Remove(server);
            }
            client.Dispose();
            server.Dispose();
        }
    }
}
