using System.Globalization;
using System.Text.Json;
using Afas.Simulator.Faults;
using Afas.Simulator.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Afas.Simulator.Hosting;

/// <summary>
/// Control surface under /_sim (no token): the clock, fault injection, the IP-restriction switch and statistics.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, SimulatorState state)
    {
        routes.MapGet("/_sim/clock", context => WriteClockAsync(context, state));
        routes.MapPost("/_sim/advance", context =>
        {
            var days = IntOr(context.Request.Query["days"].ToString(), 1);
            if (days < 0)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }
            state.Clock.AdvanceDays(days);
            return WriteClockAsync(context, state);
        });
        routes.MapPost("/_sim/faults", context => InjectAsync(context, state));
        routes.MapDelete("/_sim/faults", context =>
        {
            state.Faults.Clear();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        routes.MapPost("/_sim/ip-restriction", context =>
        {
            state.IpRestricted = !string.Equals(context.Request.Query["enabled"].ToString(), "false", StringComparison.OrdinalIgnoreCase);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        routes.MapGet("/_sim/stats", context => WriteStatsAsync(context, state));
    }

    /// <summary>POST /_sim/faults?connector=ID|*&amp;kind=ServerError&amp;count=N[&amp;retryAfter=S&amp;retryAfterIn=header|body|both&amp;delayMs=MS&amp;every=K&amp;field=F]</summary>
    private static Task InjectAsync(HttpContext context, SimulatorState state)
    {
        var query = context.Request.Query;
        if (!Enum.TryParse<SimulatedFaultKind>(query["kind"].ToString(), ignoreCase: true, out var kind))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return context.Response.WriteAsync("kind must be one of: " + string.Join(", ", Enum.GetNames<SimulatedFaultKind>()));
        }
        var where = query["retryAfterIn"].ToString();
        var fault = new SimulatedFault(kind)
        {
            RetryAfterSeconds = query.ContainsKey("retryAfter") ? IntOr(query["retryAfter"].ToString(), 1) : null,
            RetryAfterInHeader = where is "" or "header" or "both",
            RetryAfterInBody = where is "" or "body" or "both",
            Delay = TimeSpan.FromMilliseconds(IntOr(query["delayMs"].ToString(), 5000)),
            CorruptEvery = Math.Max(1, IntOr(query["every"].ToString(), 10)),
            Field = query.ContainsKey("field") ? query["field"].ToString() : null,
        };
        var connector = query["connector"].ToString();
        state.Faults.Inject(connector.Length == 0 ? FaultInjector.AnyConnector : connector, fault, Math.Max(1, IntOr(query["count"].ToString(), 1)));
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static async Task WriteClockAsync(HttpContext context, SimulatorState state)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, RowJsonWriter.Options);
        json.WriteStartObject();
        json.WriteString("startDate", state.Clock.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("today", state.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("day", state.Clock.Day);
        json.WriteNumber("employees", state.Dataset.World.Shape.EmployeesOn(state.Clock.Day));
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteStatsAsync(HttpContext context, SimulatorState state)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, RowJsonWriter.Options);
        json.WriteStartObject();
        json.WriteStartObject("requests");
        foreach (var (connector, count) in state.Statistics.Requests.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(connector, count);
        }
        json.WriteEndObject();
        json.WriteString("lastIntegrationId", state.Statistics.LastIntegrationId);
        json.WriteBoolean("ipRestricted", state.IpRestricted);
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static int IntOr(string text, int fallback) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
