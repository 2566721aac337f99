using System.Text.Json;
using Gateway.Host.Afas.Rows;
using Gateway.Host.Mapping.Conversion;
using Gateway.Host.Mapping.Source;

namespace Gateway.Host.Mapping.Cli;

/// <summary>
/// Loads the convert command's files: the converted connector's rows become new records (and current state); the
/// <c>--with</c> connectors only current state. Unreadable rows of either become failures naming their key and field.
/// </summary>
public sealed class ConvertInputs(string integration)
{
    private readonly AfasRowReading _reading = new(integration);

    public SourceSnapshot Source { get; } = new();

    public ConversionBatch Batch { get; } = new();

    /// <param name="convert">True for the --connector input, false for a --with file.</param>
    public Task<long> LoadAsync(string connector, string path, bool convert, CancellationToken cancellationToken) => connector switch
    {
        AfasConnectorIds.Werkgevers => LoadAsync<WerkgeverRow>(path, Source.Put, convert ? Batch.Werkgevers : null, cancellationToken),
        AfasConnectorIds.Organigram => LoadAsync<OrganigramRow>(path, Source.Put, convert ? Batch.Organigram : null, cancellationToken),
        AfasConnectorIds.AccountsAutorisaties => LoadAsync<AccountAutorisatieRow>(path, Source.Put, convert ? Batch.AccountsAutorisaties : null, cancellationToken),
        AfasConnectorIds.MedewerkerGegevens => LoadAsync<MedewerkerGegevensRow>(path, Source.Put, convert ? Batch.MedewerkerGegevens : null, cancellationToken),
        AfasConnectorIds.MedewerkerIban => LoadAsync<MedewerkerIbanRow>(path, Source.Put, convert ? Batch.MedewerkerIban : null, cancellationToken),
        AfasConnectorIds.Verzuim => LoadAsync<VerzuimRow>(path, Source.Put, convert ? Batch.Verzuim : null, cancellationToken),
        _ => throw new ArgumentException($"unknown connector {connector}", nameof(connector)),
    };

    private Task<long> LoadAsync<TRow>(string path, Action<TRow> put, List<SourceChange<TRow>>? changes, CancellationToken cancellationToken)
        where TRow : class, IAfasRow<TRow>
    {
        return AfasJsonFile.ReadAsync(path, (JsonElement element, long position) =>
        {
            if (_reading.Read<TRow>(element, position, Batch.Unreadable) is { } row)
            {
                put(row);
                changes?.Add(SourceChange.New(row));
            }
        }, cancellationToken);
    }
}
