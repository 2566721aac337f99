using Afas.Simulator.Hosting;
using Gateway.Core.Accounts;
using Gateway.Core.Persistence;
using Gateway.Outbound.Deliver;
using Gateway.Outbound.Inbox;
using Gateway.Outbound.Incoming;
using Gateway.Outbound.Incoming.Dossier;
using Gateway.Receiving.Sending;
using Microsoft.Extensions.DependencyInjection;
using Sivi.Messages.Header;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;

namespace Gateway.Host.Demo;

/// <summary>
/// The arbodienst sends the employer a document and an afspraak: a Documenten message with a PDF and an Afspraken
/// message land in the account's incoming folder, are taken and answered, and the PDF becomes a dossier item of the
/// employee in AFAS (the simulator's UpdateConnector KnSubject). On the way the sending account is blocked for a
/// "maintenance window" — its answers are held — and restarted, so the audit log shows both.
/// </summary>
internal static class DemoDocuments
{
    /// <summary>The employee the demo's document is about (the simulator numbers employees from 1001).</summary>
    public const string Employee = "1001";

    public const string FileName = "probleemanalyse-demo.pdf";

    public static async Task RunAsync(IServiceProvider services, PartnerAccountOptions account, string release, AfasSimulatorServer simulator,
        string workDirectory, TextWriter output, CancellationToken cancellationToken)
    {
        var pdf = DemoPdf.Create("Probleemanalyse (demo) - made by gateway demo, no real person");
        var builder = new PartnerMessageBuilder(SiviDefinitions.Embedded, TimeProvider.System);
        var link = new BrAlgOptions("ARBODIENST-DEMO", "GATEWAY-DEMO", "Arbodienst demo", Test: true);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var documenten = builder.Documenten(release, link, [new OutgoingDocument(Employee, "208", FileName, pdf, today, Description: "Probleemanalyse")]);
        var afspraken = builder.Afspraken(release, link,
            [new OutgoingAfspraak(Employee, "Demo", today.AddDays(7), new TimeOnly(10, 30), "Spreekuur bedrijfsarts", "Arts", "Bedrijfsarts")]);
        var sftp = services.GetRequiredService<SftpPushTargets>();
        await DemoPartnerDrop.PlaceAsync(account, account.Incoming,
        [
            (OutgoingFileNames.For(documenten.MessageName, documenten.BrAlg!.Berrefnr!), await SiviMessageWriter.Default.ToBytesAsync(documenten, release, cancellationToken).ConfigureAwait(false)),
            (OutgoingFileNames.For(afspraken.MessageName, afspraken.BrAlg!.Berrefnr!), await SiviMessageWriter.Default.ToBytesAsync(afspraken, release, cancellationToken).ConfigureAwait(false)),
        ], sftp, cancellationToken).ConfigureAwait(false);
        var taken = await services.GetRequiredService<IncomingIntake>()
            .RunOnceAsync(account, PartnerInbox.FolderOf(account, account.Incoming, sftp, null), cancellationToken).ConfigureAwait(false);
        var clients = services.GetRequiredService<DossierClients>();
        var filed = await services.GetRequiredService<DossierDelivery>().RunOnceAsync(account, () => clients.For(account), cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Documents from the arbodienst ({account.Name}, folder {account.Incoming.Folder}): {taken} files taken (a Documenten with {FileName}, an Afspraken), "
            + $"{filed} filed in AFAS").ConfigureAwait(false);
        if (simulator.Subjects.All.LastOrDefault(s => s.Attachments.Any(a => a.FileName == FileName)) is { } subject)
        {
            var attachment = subject.Attachments.First(a => a.FileName == FileName);
            var kept = Directory.CreateDirectory(Path.Combine(workDirectory, "afas-dossier")).FullName;
            await File.WriteAllBytesAsync(Path.Combine(kept, $"{subject.SubjectId}-{attachment.FileName}"), attachment.Content, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"  AFAS dossier item {subject.SubjectId} of employee {subject.EmployeeId} in the simulator: {attachment.FileName}, {attachment.Content.Length} bytes, "
                + $"{(attachment.Content.AsSpan().SequenceEqual(pdf) ? "the same bytes as sent" : "NOT the bytes sent")} (a copy in {kept})").ConfigureAwait(false);
        }

        // the answers (Retourmeldingen) wait while the account is blocked, and go once it is restarted
        var database = services.GetRequiredService<GatewayDatabase>();
        var control = new AccountControl(database, TimeProvider.System);
        var dispatcher = services.GetRequiredService<DeliveryDispatcher>();
        await control.BlockAsync(account.Name, "demo", "the arbodienst's maintenance window", cancellationToken).ConfigureAwait(false);
        int delivered;
        await using (var target = services.GetRequiredService<DeliveryTargetFactory>().Create(account))
        {
            delivered = await dispatcher.RunOnceAsync(account.Name, target, cancellationToken).ConfigureAwait(false);
        }
        var held = await control.RestartAsync(account.Name, PendingChoice.Process, "demo", "maintenance over", cancellationToken).ConfigureAwait(false);
        await using (var target = services.GetRequiredService<DeliveryTargetFactory>().Create(account))
        {
            delivered += await dispatcher.RunOnceAsync(account.Name, target, cancellationToken).ConfigureAwait(false);
        }
        await output.WriteLineAsync($"  {account.Name} blocked (maintenance window): {held} Retourmeldingen held; restarted with process: {delivered} delivered (both in the audit log)")
            .ConfigureAwait(false);
    }
}
