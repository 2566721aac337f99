using Gateway.Afas.Rows;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// The mutations of one conversion run, per GetConnector, plus the records that could not even be read (they are
/// reported as failures with the rest).
/// </summary>
public sealed class ConversionBatch
{
    public List<SourceChange<WerkgeverRow>> Werkgevers { get; } = [];

    public List<SourceChange<OrganigramRow>> Organigram { get; } = [];

    public List<SourceChange<AccountAutorisatieRow>> AccountsAutorisaties { get; } = [];

    public List<SourceChange<MedewerkerGegevensRow>> MedewerkerGegevens { get; } = [];

    public List<SourceChange<MedewerkerIbanRow>> MedewerkerIban { get; } = [];

    public List<SourceChange<VerzuimRow>> Verzuim { get; } = [];

    /// <summary>
    /// Employers (Werkgeverscode as the profile has it) whose Personeelssterkte changed since their last message
    /// (<see cref="Employers.StaffCountChanges"/>): each gets a WerkgeversGegevensBasisregistratie even when none of its own records changed.
    /// </summary>
    public HashSet<string> StaffCountChanged { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records whose fields could not be read (unparsable value, missing key field).</summary>
    public List<ConversionFailure> Unreadable { get; } = [];

    public int Count => Werkgevers.Count + Organigram.Count + AccountsAutorisaties.Count + MedewerkerGegevens.Count
        + MedewerkerIban.Count + Verzuim.Count + Unreadable.Count;
}
