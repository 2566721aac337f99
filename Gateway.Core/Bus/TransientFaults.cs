using System.Data.Common;
using System.Net.Sockets;

namespace Gateway.Core.Bus;

/// <summary>
/// Decides which consumer failures are worth another attempt: timeouts, network and I/O trouble, transient database
/// errors, errors that say they are transient (<see cref="ITransientAware"/>) and <see cref="TransientFaultException"/>, also when wrapped in another
/// exception. Everything else (invalid messages, bugs, missing files) is permanent and goes to uitval at once.
/// </summary>
public static class TransientFaults
{
    private static readonly int MaxDepth = 8;

    public static bool IsTransient(Exception exception)
    {
        var current = exception;
        for (var depth = 0; current is not null && depth < MaxDepth; depth++)
        {
            if (IsTransientItself(current))
            {
                return true;
            }
            if (current is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                return aggregate.InnerExceptions.All(IsTransient);
            }
            current = current.InnerException;
        }
        return false;
    }

    private static bool IsTransientItself(Exception exception) => exception switch
    {
        TransientFaultException => true,
        TimeoutException => true,
        SocketException => true,
        HttpRequestException => true,
        FileNotFoundException or DirectoryNotFoundException or PathTooLongException => false,
        IOException => true,
        DbException db => Persistence.DatabaseBusy.IsItself(db),
        ITransientAware aware => aware.IsTransient,
        _ => false,
    };
}
