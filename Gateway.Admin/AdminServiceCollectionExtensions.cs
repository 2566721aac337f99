using Gateway.Admin.Api;
using Gateway.Admin.Data;
using Gateway.Admin.Security;
using Gateway.Core;
using Gateway.Core.Configuration;
using Gateway.Core.Secrets;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Admin;

/// <summary>Registers the admin API and web UI.</summary>
public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// Binds and checks <c>Gateway:Admin</c> (throws naming every bad setting), decrypts the users' keys, and adds
    /// authentication (API key and UI session cookie; the session itself is kept in the database, see
    /// <see cref="DatabaseTicketStore"/>), the admin/auditor policies, antiforgery, the OpenAPI document
    /// and the admin services, on Core (<see cref="CoreServiceCollectionExtensions.AddGatewayCore"/>: the database, accounts,
    /// integrations and account control the host registered, else from <paramref name="configuration"/>).
    /// </summary>
    public static IServiceCollection AddGatewayAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AdminOptions.Section).Get<AdminOptions>() ?? new AdminOptions();
        services.AddSingleton(options);
        services.AddSingleton(AdminUserDirectory.Create(options, () => GatewayConfiguration.Secrets(configuration)));

        services.AddGatewayCore(configuration);
        services.AddSingleton<FailedKeyThrottle>();
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(AdminSchemes.Cookie)
            .Configure<DatabaseTicketStore>((cookie, store) => cookie.SessionStore = store);

        services.AddSingleton<AccountAdministration>();
        services.AddSingleton<EmployerAdministration>();
        services.AddSingleton<PullQueries>();
        services.AddSingleton<MessageQueries>();
        services.AddSingleton<UitvalAdministration>();
        services.AddSingleton<RetourmeldingQueries>();
        services.AddSingleton<IncomingQueries>();
        services.AddSingleton(provider => new PartnerMessageAdministration(provider.GetRequiredService<Gateway.Core.Persistence.GatewayDatabase>(), configuration,
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AuditAdministration>();
        services.AddSingleton<DashboardQuery>();
        services.AddSingleton<Data.Charts.MessagesPerDayQuery>();
        services.AddSingleton<Data.Charts.UitvalPerDayQuery>();
        services.AddSingleton<Data.Charts.RetourmeldingTrendQuery>();
        services.AddSingleton<Data.Charts.PullTrendQuery>();
        services.AddSingleton<Data.Charts.DashboardChartsQuery>();
        services.AddSingleton<ConsoleAlertQuery>();
        services.AddSingleton<NextRunQuery>();
        services.AddSingleton<Data.Receiving.ReceivingConsole>();

        AddSecurity(services, options);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // a body or parameter that cannot be read throws, so ApiExceptionHandler answers it with problem details
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(AdminOpenApi.DocumentName, AdminOpenApi.Configure);
        return services;
    }

    /// <summary>The cookie keys' folder, readable by the gateway user only (like the secret key file).</summary>
    private static DirectoryInfo KeysFolder(string path) => OperatingSystem.IsWindows()
        ? Directory.CreateDirectory(path)
        : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

    private static void AddSecurity(IServiceCollection services, AdminOptions options)
    {
        services.AddDataProtection()
            .SetApplicationName("sivi-gateway-admin")
            .PersistKeysToFileSystem(KeysFolder(options.KeysFolder));
        // the keys are written encrypted with the gateway's secret key (Gateway:SecretKeyFile)
        services.AddOptions<KeyManagementOptions>().Configure<SecretProtector>((keys, protector) => keys.XmlEncryptor = new SecretProtectorXmlEncryptor(protector));
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AdminSchemes.ApiKey, null)
            .AddCookie(AdminSchemes.Cookie, cookie =>
            {
                cookie.Cookie.Name = "gateway.admin";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.Path = "/ui";
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionMinutes);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/ui/login";
                cookie.Events.OnValidatePrincipal = CookieSessionValidator.ValidateAsync;
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminSchemes.ApiRead, policy => policy.AddAuthenticationSchemes(AdminSchemes.ApiKey).RequireAuthenticatedUser())
            .AddPolicy(AdminSchemes.ApiWrite, policy => policy.AddAuthenticationSchemes(AdminSchemes.ApiKey).RequireRole(nameof(AdminRole.Admin)))
            .AddPolicy(AdminSchemes.UiRead, policy => policy.AddAuthenticationSchemes(AdminSchemes.Cookie).RequireAuthenticatedUser())
            .AddPolicy(AdminSchemes.UiWrite, policy => policy.AddAuthenticationSchemes(AdminSchemes.Cookie).RequireRole(nameof(AdminRole.Admin)));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "gateway.af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.Path = "/ui";
            antiforgery.FormFieldName = "__af";
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
    }
}
