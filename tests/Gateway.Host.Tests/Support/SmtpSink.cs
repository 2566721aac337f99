using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Gateway.Host.Tests.Support;

/// <summary>One message an <see cref="SmtpSink"/> accepted: the envelope and the DATA exactly as received (unstuffed).</summary>
public sealed record SmtpSinkMessage(string MailFrom, IReadOnlyList<string> Recipients, byte[] Data, string? AuthenticatedUser)
{
    public MimeMessage Parse()
    {
        using var stream = new MemoryStream(Data);
        return MimeMessage.Load(stream);
    }
}

/// <summary>
/// A small real SMTP server on a free loopback port that keeps what it is sent: EHLO/HELO, optional AUTH PLAIN,
/// MAIL FROM, RCPT TO, DATA (with dot-unstuffing), RSET, NOOP and QUIT; no relaying, no TLS.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private static readonly Encoding Wire = Encoding.Latin1;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<SmtpSinkMessage> _messages = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private readonly List<Task> _sessions = [];
    private readonly string? _username;
    private readonly string? _password;
    private readonly Task _acceptLoop;

    /// <param name="username">When set, the sink offers AUTH PLAIN and requires these credentials.</param>
    public SmtpSink(string? username = null, string? password = null)
    {
        _username = username;
        _password = password;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptAsync();
    }

    public string Host { get; } = "127.0.0.1";

    /// <summary>How many of the next connections are turned away with <c>421</c> (busy, try later) before any is served.</summary>
    public int RefuseConnections { get; set; }

    /// <summary>How many connections were turned away.</summary>
    public int Refused { get; private set; }

    public int Port { get; }

    public IReadOnlyList<SmtpSinkMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> messages were accepted.</summary>
    public async Task<IReadOnlyList<SmtpSinkMessage>> WaitForMessagesAsync(int count, CancellationToken cancellationToken)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_messages.Count >= count)
            {
                return [.. _messages];
            }
            _waiters.Add((count, reached));
        }
        using var registration = cancellationToken.Register(() => reached.TrySetCanceled(cancellationToken));
        await reached.Task;
        return Messages;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
            // stopped while waiting for a connection
        }
        Task[] sessions;
        lock (_gate)
        {
            sessions = [.. _sessions];
        }
        await Task.WhenAll(sessions.Select(s => s.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            lock (_gate)
            {
                _sessions.Add(ServeAsync(client));
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Wire, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        await using var writer = new StreamWriter(stream, Wire, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
        var session = new Session();
        var token = _stop.Token;
        try
        {
            lock (_gate)
            {
                if (Refused < RefuseConnections)
                {
                    Refused++;
                    session.Refused = true;
                }
            }
            if (session.Refused)
            {
                await writer.WriteLineAsync("421 localhost SmtpSink busy, try again later".AsMemory(), token);
                return;
            }
            await writer.WriteLineAsync("220 localhost SmtpSink ready".AsMemory(), token);
            while (await reader.ReadLineAsync(token) is { } line)
            {
                var reply = await HandleAsync(line, session, reader, writer, token);
                await writer.WriteLineAsync(reply.AsMemory(), token);
                if (reply.StartsWith("221", StringComparison.Ordinal))
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // client went away or the sink stops
        }
    }

    private async Task<string> HandleAsync(string line, Session session, StreamReader reader, StreamWriter writer, CancellationToken token)
    {
        var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
        var argument = line.Length > 4 ? line[4..].Trim() : "";
        switch (verb)
        {
            case "EHLO":
                session.Reset();
                return _username is null ? "250-localhost\r\n250 8BITMIME" : "250-localhost\r\n250-8BITMIME\r\n250 AUTH PLAIN";
            case "HELO":
                session.Reset();
                return "250 localhost";
            case "AUTH":
                return await AuthenticateAsync(argument, session, reader, writer, token);
            case "MAIL":
                if (_username is not null && session.User is null)
                {
                    return "530 authentication required";
                }
                session.Reset();
                session.From = Address(argument, "FROM:");
                return session.From is null ? "501 syntax: MAIL FROM:<address>" : "250 OK";
            case "RCPT":
                if (session.From is null)
                {
                    return "503 MAIL first";
                }
                var to = Address(argument, "TO:");
                if (to is null)
                {
                    return "501 syntax: RCPT TO:<address>";
                }
                session.To.Add(to);
                return "250 OK";
            case "DATA":
                if (session.From is null || session.To.Count == 0)
                {
                    return "503 MAIL and RCPT first";
                }
                return await ReceiveDataAsync(session, reader, writer, token);
            case "RSET":
                session.Reset();
                return "250 OK";
            case "NOOP":
                return "250 OK";
            case "QUIT":
                return "221 bye";
            default:
                return "502 command not implemented";
        }
    }

    private async Task<string> ReceiveDataAsync(Session session, StreamReader reader, StreamWriter writer, CancellationToken token)
    {
        await writer.WriteLineAsync("354 end data with <CR><LF>.<CR><LF>".AsMemory(), token);
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(token) is { } line)
        {
            if (line == ".")
            {
                Accept(new SmtpSinkMessage(session.From!, [.. session.To], Wire.GetBytes(data.ToString()), session.User));
                session.Reset();
                return "250 OK queued";
            }
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }
        throw new IOException("connection closed during DATA");
    }

    private async Task<string> AuthenticateAsync(string argument, Session session, StreamReader reader, StreamWriter writer, CancellationToken token)
    {
        if (_username is null)
        {
            return "502 AUTH not offered";
        }
        var parts = argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts[0].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
        {
            return "504 only AUTH PLAIN";
        }
        var response = parts.Length == 2 ? parts[1] : null;
        if (response is null)
        {
            await writer.WriteLineAsync("334 ".AsMemory(), token);
            response = await reader.ReadLineAsync(token) ?? "";
        }
        string[] fields;
        try
        {
            fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
        }
        catch (FormatException)
        {
            return "501 not base64";
        }
        if (fields.Length == 3 && fields[1] == _username && fields[2] == _password)
        {
            session.User = fields[1];
            return "235 authenticated";
        }
        return "535 authentication failed";
    }

    private void Accept(SmtpSinkMessage message)
    {
        lock (_gate)
        {
            _messages.Add(message);
            foreach (var waiter in _waiters.Where(w => _messages.Count >= w.Count).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Reached.TrySetResult();
            }
        }
    }

    private static string? Address(string argument, string prefix)
    {
        if (!argument.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var rest = argument[prefix.Length..].Trim();
        var open = rest.IndexOf('<', StringComparison.Ordinal);
        var close = rest.IndexOf('>', StringComparison.Ordinal);
        return open == 0 && close > open ? rest[1..close] : null;
    }

    private sealed class Session
    {
        public string? User { get; set; }

        public bool Refused { get; set; }

        public string? From { get; set; }

        public List<string> To { get; } = [];

        public void Reset()
        {
            From = null;
            To.Clear();
        }
    }
}
