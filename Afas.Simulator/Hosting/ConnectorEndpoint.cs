using System.Text;
using System.Text.Json;
using Afas.Simulator.Faults;
using Afas.Simulator.Query;
using Afas.Simulator.Tables;
using Microsoft.AspNetCore.Http;

namespace Afas.Simulator.Hosting;

/// <summary>GET /ProfitRestServices/connectors/{connectorId}: token, IP restriction, faults, then a streamed page.</summary>
internal sealed class ConnectorEndpoint(SimulatorState state)
{
    private static readonly int FlushEveryRows = 64;

    public async Task HandleAsync(HttpContext context)
    {
        var connectorId = context.Request.RouteValues["connectorId"] as string ?? "";
        var headers = context.Request.Headers;
        state.Statistics.Record(connectorId, headers["IntegrationId"].ToString());
        if (!state.TokenCheck.IsValid(headers.Authorization.ToString()))
        {
            await AfasErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized,
                "Geen toegang: het token is ongeldig of ingetrokken.", -1).ConfigureAwait(false);
            return;
        }
        if (state.IpRestricted)
        {
            await AfasErrorResponse.WriteAsync(context, StatusCodes.Status403Forbidden,
                "Geen toegang: het IP-adres is niet toegestaan voor deze App connector.", -2).ConfigureAwait(false);
            return;
        }
        if (!state.Catalog.TryGet(connectorId, out var table))
        {
            await AfasErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound,
                "De GetConnector bestaat niet of is niet gekoppeld aan deze App connector.", -3).ConfigureAwait(false);
            return;
        }
        var fault = state.Faults.TakeFor(table.ConnectorId);
        if (fault is not null && await AnswerWithFaultAsync(context, fault).ConfigureAwait(false))
        {
            return;
        }
        if (!QueryParser.TryParse(context.Request.Query, table, out var query, out var error))
        {
            await AfasErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, error, -4).ConfigureAwait(false);
            return;
        }
        var rows = state.Executor.Execute(table, query, state.Clock.Day);
        await WritePageAsync(context, table, query, rows, fault, state.TextValues ? new TextValueShapes(table) : null).ConfigureAwait(false);
    }

    /// <summary>Answers the faults that replace the page; true when the request is done.</summary>
    internal static async Task<bool> AnswerWithFaultAsync(HttpContext context, SimulatedFault fault)
    {
        switch (fault.Kind)
        {
            case SimulatedFaultKind.Unauthorized:
                await AfasErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized,
                    "Geen toegang: het token is ongeldig of ingetrokken.", -1).ConfigureAwait(false);
                return true;
            case SimulatedFaultKind.ServerError:
                await AfasErrorResponse.WriteAsync(context, StatusCodes.Status500InternalServerError,
                    fault.ExternalMessage, fault.ErrorNumber).ConfigureAwait(false);
                return true;
            case SimulatedFaultKind.Unavailable:
                if (fault.RetryAfterSeconds is { } seconds && fault.RetryAfterInHeader)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                await AfasErrorResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                    "Profit is tijdelijk niet beschikbaar (onderhoud).", -5, fault.RetryAfterSeconds, fault.RetryAfterInBody).ConfigureAwait(false);
                return true;
            case SimulatedFaultKind.SlowResponse:
                try
                {
                    await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    private static async Task WritePageAsync(HttpContext context, SimTable table, ConnectorQuery query,
        IEnumerable<object?[]> rows, SimulatedFault? fault, TextValueShapes? shapes)
    {
        var cancel = context.RequestAborted;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = context.Response.BodyWriter;
        var stopAfter = fault?.Kind is SimulatedFaultKind.TruncatedJson or SimulatedFaultKind.ConnectionDrop
            ? Math.Max(0, Math.Min(query.TakesAll ? 50 : query.Take / 2, 50))
            : int.MaxValue;
        await using var json = new Utf8JsonWriter(body, RowJsonWriter.Options);
        json.WriteStartObject();
        json.WriteNumber("skip", query.Skip);
        json.WriteNumber("take", query.Take);
        json.WriteStartArray("rows");
        var position = query.Skip;
        var written = 0;
        foreach (var row in rows)
        {
            if (written == stopAfter)
            {
                break;
            }
            RowJsonWriter.Write(json, table.Fields, shapes is null ? row : shapes.Shape(row), Corruption(table, fault, position));
            position++;
            if (++written % FlushEveryRows == 0)
            {
                await json.FlushAsync(cancel).ConfigureAwait(false);
                if ((await body.FlushAsync(cancel).ConfigureAwait(false)).IsCanceled)
                {
                    return;
                }
            }
        }
        if (fault?.Kind == SimulatedFaultKind.TruncatedJson)
        {
            await json.FlushAsync(cancel).ConfigureAwait(false);
            var fragment = Encoding.UTF8.GetBytes(written == 0 ? "{\"" + table.Fields[0].Name + "\":\"0" : ",{\"" + table.Fields[0].Name + "\":\"0");
            await body.WriteAsync(fragment, cancel).ConfigureAwait(false);
            await body.FlushAsync(cancel).ConfigureAwait(false);
            return;
        }
        if (fault?.Kind == SimulatedFaultKind.ConnectionDrop)
        {
            await json.FlushAsync(cancel).ConfigureAwait(false);
            await body.FlushAsync(cancel).ConfigureAwait(false);
            context.Abort();
            return;
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancel).ConfigureAwait(false);
    }

    /// <summary>
    /// For CorruptRows: every Nth row (by position) loses its first key field or, alternately, gets an array in its first
    /// typed field (a row that cannot be read). For UnreadableValues: every Nth row gets text that is no value of its
    /// kind in the fault's field (or its first typed field).
    /// </summary>
    private static RowCorruption Corruption(SimTable table, SimulatedFault? fault, int position)
    {
        if (fault?.Kind is not (SimulatedFaultKind.CorruptRows or SimulatedFaultKind.UnreadableValues) || position % fault.CorruptEvery != 0)
        {
            return RowCorruption.None;
        }
        var typed = -1;
        for (var i = 0; i < table.Fields.Count; i++)
        {
            if (table.Fields[i].Kind != SimFieldKind.Text)
            {
                typed = i;
                break;
            }
        }
        if (fault.Kind == SimulatedFaultKind.UnreadableValues)
        {
            var field = fault.Field is { } name && table.TryGetFieldIndex(name, out var named) ? named : typed;
            return field < 0 ? RowCorruption.None : new RowCorruption(field, RowCorruptionKind.Unreadable);
        }
        table.TryGetFieldIndex(table.KeyFields[0], out var keyIndex);
        var structure = typed >= 0 && position / fault.CorruptEvery % 2 == 1;
        return structure ? new RowCorruption(typed, RowCorruptionKind.Structure) : new RowCorruption(keyIndex, RowCorruptionKind.Missing);
    }
}
