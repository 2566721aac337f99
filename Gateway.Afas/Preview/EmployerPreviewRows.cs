using Gateway.Afas.Rows;

namespace Gateway.Afas.Preview;

/// <summary>
/// What a live pull reads of one employer (<see cref="EmployerPreviewPull"/>): its own rows of every enabled connector,
/// the rows of the whole AFAS environment (organisation units, managers), the rows of it that could not be read, and
/// how many rows of other employers were left out.
/// </summary>
public sealed class EmployerPreviewRows(string employer)
{
    public string Employer { get; } = employer;

    public List<WerkgeverRow> Werkgevers { get; } = [];

    public List<OrganigramRow> Organigram { get; } = [];

    public List<AccountAutorisatieRow> AccountsAutorisaties { get; } = [];

    public List<MedewerkerGegevensRow> MedewerkerGegevens { get; } = [];

    public List<MedewerkerIbanRow> MedewerkerIban { get; } = [];

    public List<VerzuimRow> Verzuim { get; } = [];

    /// <summary>The employer's rows that could not be read: a sync after activation would raise them as import uitval.</summary>
    public List<AfasRowError> Rejected { get; } = [];

    /// <summary>Rows read per connector (the employer's, or the whole environment's), for the preview's summary.</summary>
    public Dictionary<string, int> RowsRead { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows of other employers that were read and left out (AFAS filters the employer's connectors; IBAN rows cannot be).</summary>
    public int OtherEmployers { get; set; }

    /// <summary>Whether AFAS returned a Werkgevers row for the employer.</summary>
    public bool Found => Werkgevers.Count > 0;
}
