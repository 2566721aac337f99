using System.Net.Sockets;
using Gateway.Core.Bus;
using Microsoft.Data.Sqlite;

namespace Gateway.Core.Tests.Bus;

public sealed class TransientFaultsTests
{
    public static TheoryData<Exception> Transient() =>
    [
        new TransientFaultException("busy"),
        new TimeoutException(),
        new SocketException((int)SocketError.ConnectionRefused),
        new HttpRequestException("502"),
        new IOException("connection reset"),
        new InvalidOperationException("wrapped", new TimeoutException()),
        new AggregateException(new TimeoutException(), new IOException()),
        new SqliteException("database is locked", 5), // SQLITE_BUSY: another connection held the lock past the timeout
        new InvalidOperationException("saving failed", new SqliteException("database table is locked", 6)),
    ];

    public static TheoryData<Exception> Permanent() =>
    [
        new InvalidOperationException("bug"),
        new FormatException("not a SIVI document"),
        new FileNotFoundException("missing.xsd"),
        new ArgumentException("bad key"),
        new AggregateException(new TimeoutException(), new FormatException()),
        new SqliteException("UNIQUE constraint failed", 19),
    ];

    [Theory]
    [MemberData(nameof(Transient))]
    public void Network_timeout_and_marked_faults_are_transient(Exception exception) =>
        Assert.True(TransientFaults.IsTransient(exception));

    [Theory]
    [MemberData(nameof(Permanent))]
    public void Everything_else_is_permanent(Exception exception) =>
        Assert.False(TransientFaults.IsTransient(exception));
}
