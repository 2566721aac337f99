using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Admin.Ui.Receiving;

/// <summary>The receiving console's routes under <c>/ui/receiving</c> (read: any user; masked for auditors).</summary>
internal static class ReceivingUi
{
    public static void MapReads(IEndpointRouteBuilder read)
    {
        read.MapGet("/receiving", ReceivingPages.FilesAsync);
        read.MapGet("/receiving/files/{id:long}", ReceivingPages.FileAsync);
        read.MapGet("/receiving/cases", ReceivingPages.CasesAsync);
        read.MapGet("/receiving/cases/{id:long}", ReceivingPages.CaseAsync);
        read.MapGet("/receiving/retourmeldingen", ReceivingPages.RetourmeldingenAsync);
        read.MapGet("/receiving/reports", ReceivingPages.ReportsAsync);
    }
}
