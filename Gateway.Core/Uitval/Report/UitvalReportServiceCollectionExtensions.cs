using Gateway.Core.Configuration;
using Gateway.Core.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Core.Uitval.Report;

/// <summary>Registers the daily uitval e-mail.</summary>
public static class UitvalReportServiceCollectionExtensions
{
    /// <summary>
    /// Binds and checks <c>Gateway:UitvalReport</c> (an <c>enc:v1:</c> SMTP password decrypted with the secret protector), and adds the composer, the SMTP sender and
    /// <see cref="UitvalReportService"/> as a hosted service. The caller registers an <see cref="IUitvalReportSource"/>;
    /// <see cref="TimeProvider.System"/> is used unless another <see cref="TimeProvider"/> is registered.
    /// </summary>
    public static IServiceCollection AddUitvalReport(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(UitvalReportOptions.Section).Get<UitvalReportOptions>() ?? new UitvalReportOptions();
        UitvalReportOptionsValidator.ThrowIfInvalid(options);
        if (options.Smtp.Password is { } password && SecretProtector.IsProtected(password))
        {
            options.Smtp.Password = GatewayConfiguration.Secrets(configuration).Unprotect(password);
        }
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UitvalReportComposer>();
        services.AddSingleton<IUitvalReportSender, UitvalReportSender>();
        services.AddHostedService<UitvalReportService>();
        services.AddSingleton<Scheduling.IPlannedJobs>(new UitvalReportPlan(DailySchedule.From(options)));
        return services;
    }
}
