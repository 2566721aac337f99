using System.Text.Json;
using Gateway.Afas.Rows;
using Gateway.Afas.Sync;
using Gateway.Core.Integrations;
using Gateway.Core.Pulls;
using Gateway.Core.Uitval;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>Turns stored <see cref="SourceMutation"/>s (canonical JSON as <see cref="SourceRecordFields"/> stores it) into a typed <see cref="ConversionBatch"/>.</summary>
public static class MutationBatches
{
    public static ConversionBatch From(IEnumerable<SourceMutation> mutations, string integration)
    {
        var batch = new ConversionBatch();
        foreach (var mutation in mutations)
        {
            switch (mutation.Connector)
            {
                case AfasConnectorIds.Werkgevers:
                    Add(batch.Werkgevers, mutation, batch.Unreadable, integration);
                    break;
                case AfasConnectorIds.Organigram:
                    Add(batch.Organigram, mutation, batch.Unreadable, integration);
                    break;
                case AfasConnectorIds.AccountsAutorisaties:
                    Add(batch.AccountsAutorisaties, mutation, batch.Unreadable, integration);
                    break;
                case AfasConnectorIds.MedewerkerGegevens:
                    Add(batch.MedewerkerGegevens, mutation, batch.Unreadable, integration);
                    break;
                case AfasConnectorIds.MedewerkerIban:
                    Add(batch.MedewerkerIban, mutation, batch.Unreadable, integration);
                    break;
                case AfasConnectorIds.Verzuim:
                    Add(batch.Verzuim, mutation, batch.Unreadable, integration);
                    break;
                default:
                    batch.Unreadable.Add(new ConversionFailure(integration, mutation.Connector, mutation.RecordKey, "(connector)",
                        "is not a GetConnector the gateway converts", UitvalStage.Transformation, []));
                    break;
            }
        }
        return batch;
    }

    private static void Add<TRow>(List<SourceChange<TRow>> target, SourceMutation mutation, List<ConversionFailure> failures, string integration)
        where TRow : class, IAfasRow<TRow>
    {
        TRow row;
        try
        {
            row = SourceRecordFields.Read<TRow>(mutation.Fields);
        }
        catch (JsonException e)
        {
            // the exception's path names the field; its message may quote the value, so it is not passed on
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "(record)" : e.Path.TrimStart('$', '.');
            failures.Add(new ConversionFailure(integration, mutation.Connector, mutation.RecordKey, field, "stored value cannot be read",
                UitvalStage.Import, []));
            return;
        }
        var fields = (mutation.ChangedFields ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        target.Add(mutation.Kind switch
        {
            MutationKind.New => SourceChange.New(row),
            MutationKind.Gone => SourceChange.Gone(row),
            _ => SourceChange.Changed(row, fields),
        });
    }
}
