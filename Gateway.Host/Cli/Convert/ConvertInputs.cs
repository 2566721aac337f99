using System.Text.Json;
using Gateway.Afas.Rows;
using Gateway.Core.Integrations;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Source;

namespace Gateway.Host.Cli.Convert;

/// <summary>
/// Loads the convert command's files: the converted connector's rows become new records (and current state); the
/// <c>--with</c> connectors only current state. Unreadable rows of either become failures naming their key and field.
/// The files are parsed at once (each on its own thread) and then taken in the order given, so the result does not
/// depend on which file was read first.
/// </summary>
public sealed class ConvertInputs(string integration)
{
    public SourceSnapshot Source { get; } = new();

    public ConversionBatch Batch { get; } = new();

    /// <summary>Loads every file; <c>Convert</c> is true for the --connector input, false for a --with file.</summary>
    /// <exception cref="IOException">A file cannot be read (the first such file in the order given).</exception>
    /// <exception cref="InvalidDataException">A file is not GetConnector JSON (the first such file in the order given).</exception>
    public async Task LoadAsync(IReadOnlyList<(string Connector, string Path, bool Convert)> files, CancellationToken cancellationToken)
    {
        var reads = files.Select(file => Task.Run(() => ReadAsync(file.Connector, file.Path, cancellationToken), cancellationToken)).ToList();
        // wait for all before taking any, so that no read is left running (or failing unobserved) when one fails
        await ((Task)Task.WhenAll(reads)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        for (var i = 0; i < files.Count; i++)
        {
            var rows = await reads[i].ConfigureAwait(false);
            rows.AddTo(Source, files[i].Convert ? Batch : null);
            Batch.Unreadable.AddRange(rows.Unreadable);
        }
    }

    private Task<ConnectorRows> ReadAsync(string connector, string path, CancellationToken cancellationToken) => connector switch
    {
        AfasConnectorIds.Werkgevers => ReadAsync<WerkgeverRow>(path, (source, row) => source.Put(row), batch => batch.Werkgevers, cancellationToken),
        AfasConnectorIds.Organigram => ReadAsync<OrganigramRow>(path, (source, row) => source.Put(row), batch => batch.Organigram, cancellationToken),
        AfasConnectorIds.AccountsAutorisaties => ReadAsync<AccountAutorisatieRow>(path, (source, row) => source.Put(row), batch => batch.AccountsAutorisaties, cancellationToken),
        AfasConnectorIds.MedewerkerGegevens => ReadAsync<MedewerkerGegevensRow>(path, (source, row) => source.Put(row), batch => batch.MedewerkerGegevens, cancellationToken),
        AfasConnectorIds.MedewerkerIban => ReadAsync<MedewerkerIbanRow>(path, (source, row) => source.Put(row), batch => batch.MedewerkerIban, cancellationToken),
        AfasConnectorIds.Verzuim => ReadAsync<VerzuimRow>(path, (source, row) => source.Put(row), batch => batch.Verzuim, cancellationToken),
        _ => throw new ArgumentException($"unknown connector {connector}", nameof(connector)),
    };

    private async Task<ConnectorRows> ReadAsync<TRow>(string path, Action<SourceSnapshot, TRow> put, Func<ConversionBatch, List<SourceChange<TRow>>> changes,
        CancellationToken cancellationToken)
        where TRow : class, IAfasRow<TRow>
    {
        var reading = new AfasRowReading(integration);
        var rows = new ConnectorRows<TRow>(put, changes);
        await AfasJsonFile.ReadAsync(path, (JsonElement element, long position) =>
        {
            if (reading.Read<TRow>(element, position, rows.Unreadable) is { } row)
            {
                rows.Rows.Add(row);
            }
        }, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>The rows read from one file and the rows that could not be read, until they are taken into the snapshot.</summary>
    private abstract class ConnectorRows
    {
        public List<ConversionFailure> Unreadable { get; } = [];

        /// <param name="batch">The batch to add the rows to as new records; null for current state only.</param>
        public abstract void AddTo(SourceSnapshot source, ConversionBatch? batch);
    }

    private sealed class ConnectorRows<TRow>(Action<SourceSnapshot, TRow> put, Func<ConversionBatch, List<SourceChange<TRow>>> changes) : ConnectorRows
        where TRow : class, IAfasRow<TRow>
    {
        public List<TRow> Rows { get; } = [];

        public override void AddTo(SourceSnapshot source, ConversionBatch? batch)
        {
            var target = batch is null ? null : changes(batch);
            foreach (var row in Rows)
            {
                put(source, row);
                target?.Add(SourceChange.New(row));
            }
        }
    }
}
