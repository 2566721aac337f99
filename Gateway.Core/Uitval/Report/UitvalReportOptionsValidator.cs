using MimeKit;

namespace Gateway.Core.Uitval.Report;

/// <summary>Rejects a <c>Gateway:UitvalReport</c> section that cannot work, naming the key that is wrong.</summary>
public static class UitvalReportOptionsValidator
{
    private static readonly string Section = UitvalReportOptions.Section;

    public static IReadOnlyList<string> Validate(UitvalReportOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            errors.Add($"{Section}:Smtp:Host is required");
        }
        if (options.Smtp.Port is < 1 or > 65535)
        {
            errors.Add($"{Section}:Smtp:Port must be between 1 and 65535");
        }
        if (!MailboxAddress.TryParse(options.From, out _))
        {
            errors.Add($"{Section}:From is not an e-mail address");
        }
        try
        {
            DailySchedule.From(options);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            errors.Add(e.Message);
        }
        if (options.MaxLinesPerSection < 1 || options.SendAttempts < 1 || options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromDays(1))
        {
            errors.Add($"{Section}:MaxLinesPerSection and SendAttempts must be at least 1, RetryDelay not negative and at most a day");
        }
        if (options.AcknowledgementWithin < TimeSpan.Zero)
        {
            errors.Add($"{Section}:AcknowledgementWithin must not be negative");
        }
        foreach (var (account, recipients) in options.Recipients)
        {
            if (!Enum.IsDefined(recipients.Level))
            {
                errors.Add($"{Section}:Recipients:{account}:Level must be OnlyUitval, WithWarnings, All or WithMetadata");
            }
            foreach (var address in recipients.Addresses.Where(a => !MailboxAddress.TryParse(a, out _)))
            {
                errors.Add($"{Section}:Recipients:{account}:Addresses has '{address}', which is not an e-mail address");
            }
        }
        return errors;
    }

    public static void ThrowIfInvalid(UitvalReportOptions options)
    {
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }
    }
}
