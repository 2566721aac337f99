using MassTransit;

namespace Gateway.Core.Bus;

/// <summary>The retry every receive endpoint gets: exponential backoff, transient faults only.</summary>
public static class BusRetryPolicy
{
    public static void Apply(IReceiveEndpointConfigurator endpoint, BusRetryOptions options)
    {
        if (options.Limit <= 0)
        {
            return;
        }
        endpoint.UseMessageRetry(retry =>
        {
            retry.Exponential(options.Limit, options.MinInterval, options.MaxInterval, options.IntervalDelta);
            retry.Handle<Exception>(TransientFaults.IsTransient);
        });
    }
}
