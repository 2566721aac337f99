using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Gateway.Admin.Api;

/// <summary>The OpenAPI document of the admin API (<c>/openapi/v1.json</c>): only <c>/api</c> endpoints, with both ways to send the key.</summary>
internal static class AdminOpenApi
{
    public const string DocumentName = "v1";

    public const string Route = "/openapi/{documentName}.json";

    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true
            || string.Equals(description.RelativePath, "api", StringComparison.Ordinal);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "SIVI Gateway admin API",
                Version = "v1",
                Description = "Accounts (block/restart), employers, integrations and pulls, messages, uitval, Retourmeldingen and the audit log. "
                    + "Send a configured key as X-Api-Key or Authorization: Bearer. Auditors may only read and see BSN/IBAN masked.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
            document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Security.AdminSchemes.ApiKeyHeader,
                Description = "A key from Gateway:Admin:Users",
            };
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The same key as a bearer token",
            };
            document.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] },
            ];
            return Task.CompletedTask;
        });
    }
}
