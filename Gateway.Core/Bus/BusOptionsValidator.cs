namespace Gateway.Core.Bus;

/// <summary>Rejects a <c>Gateway:Bus</c> section that cannot work, naming the key that is wrong.</summary>
public static class BusOptionsValidator
{
    public static IReadOnlyList<string> Validate(BusOptions options)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(options.Transport))
        {
            errors.Add($"{BusOptions.Section}:Transport must be InMemory or RabbitMq");
        }
        var retry = options.Retry;
        if (retry.Limit < 0)
        {
            errors.Add($"{BusOptions.Section}:Retry:Limit must not be negative");
        }
        if (retry.MinInterval < TimeSpan.Zero || retry.IntervalDelta < TimeSpan.Zero || retry.MaxInterval < retry.MinInterval)
        {
            errors.Add($"{BusOptions.Section}:Retry intervals must be positive with MaxInterval >= MinInterval");
        }
        if (options.StartTimeout <= TimeSpan.Zero || options.StopTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{BusOptions.Section}:StartTimeout and StopTimeout must be positive");
        }
        if (options.Transport == BusTransport.RabbitMq)
        {
            var rabbit = options.RabbitMq;
            if (string.IsNullOrWhiteSpace(rabbit.Host))
            {
                errors.Add($"{BusOptions.Section}:RabbitMq:Host is required");
            }
            if (rabbit.EffectivePort is < 1 or > ushort.MaxValue)
            {
                errors.Add($"{BusOptions.Section}:RabbitMq:Port must be between 1 and 65535");
            }
            if (string.IsNullOrWhiteSpace(rabbit.VirtualHost))
            {
                errors.Add($"{BusOptions.Section}:RabbitMq:VirtualHost must not be empty (use / for the default)");
            }
            if (string.IsNullOrEmpty(rabbit.Username))
            {
                errors.Add($"{BusOptions.Section}:RabbitMq:Username is required");
            }
        }
        return errors;
    }

    public static void ThrowIfInvalid(BusOptions options)
    {
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }
    }
}
