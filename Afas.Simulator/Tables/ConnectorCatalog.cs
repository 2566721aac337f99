using Afas.Simulator.Data;

namespace Afas.Simulator.Tables;

/// <summary>The six GetConnectors by id.</summary>
internal sealed class ConnectorCatalog
{
    private readonly Dictionary<string, SimTable> _tables;

    public ConnectorCatalog(SimDataset dataset)
    {
        SimTable[] tables =
        [
            new WerkgeversTable(dataset), new OrganigramTable(dataset), new MedewerkerGegevensTable(dataset),
            new VerzuimTable(dataset), new AccountsAutorisatiesTable(dataset), new MedewerkerIbanTable(dataset),
        ];
        _tables = tables.ToDictionary(t => t.ConnectorId, StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<SimTable> Tables => _tables.Values;

    public bool TryGet(string connectorId, out SimTable table) => _tables.TryGetValue(connectorId, out table!);
}
