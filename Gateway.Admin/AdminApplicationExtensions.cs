using Gateway.Admin.Api;
using Gateway.Admin.Security;
using Gateway.Admin.Ui;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Admin;

/// <summary>Puts the admin API, its OpenAPI document and the web UI into a <see cref="WebApplication"/>.</summary>
public static class AdminApplicationExtensions
{
    /// <summary>
    /// Listens on <c>Gateway:Admin:Urls</c>, adds authentication and authorization to the pipeline and maps
    /// <c>/api/…</c>, <c>/openapi/v1.json</c> (API key required) and <c>/ui/…</c>. Call after
    /// <see cref="AdminServiceCollectionExtensions.AddGatewayAdmin"/>, once, on the built application.
    /// </summary>
    public static WebApplication MapGatewayAdmin(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<AdminOptions>();
        if (options.UrlList.Count > 0)
        {
            app.Urls.Clear();
            foreach (var url in options.UrlList)
            {
                app.Urls.Add(url);
            }
        }
        if (app.Services.GetRequiredService<AdminUserDirectory>().Count == 0)
        {
            AdminLog.NoUsers(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminApplicationExtensions)));
        }
        // problem details for what an endpoint throws and for every error answer without a body of its own
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        AdminApi.Map(app);
        app.MapOpenApi(AdminOpenApi.Route).RequireAuthorization(AdminSchemes.ApiRead);
        AdminUi.Map(app);
        return app;
    }
}
