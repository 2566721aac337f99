using System.Text.Json;
using Afas.Simulator.Query;
using Microsoft.AspNetCore.Http;

namespace Afas.Simulator.Hosting;

/// <summary>AFAS-style error answers: {"externalMessage", "errorNumber", "profitLogReference"} (+ "retry_after" for 503).</summary>
internal static class AfasErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int status, string message, int errorNumber,
        int? retryAfterSeconds = null, bool retryAfterInBody = false)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body, RowJsonWriter.Options);
        json.WriteStartObject();
        json.WriteString("externalMessage", message);
        json.WriteNumber("errorNumber", errorNumber);
        json.WriteString("profitLogReference", Guid.NewGuid().ToString("B").ToUpperInvariant());
        if (retryAfterSeconds is { } seconds && retryAfterInBody)
        {
            json.WriteNumber("retry_after", seconds);
        }
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

}
