namespace Sivi.Schemas.Validation;

/// <summary>Keeps the first <c>max</c> schema errors of a document and counts the rest.</summary>
internal sealed class ValidationErrorCollector(int max)
{
    private readonly List<SiviValidationError> _errors = [];
    private SiviValidationError? _terminal;
    private long _omitted;

    public bool HasTerminal => _terminal is not null;

    public void Add(int line, int column, string? path, string message)
    {
        if (_errors.Count < max)
        {
            _errors.Add(new SiviValidationError(line, column, path, message, ValidationErrorKind.Schema));
        }
        else
        {
            _omitted++;
        }
    }

    /// <summary>Records the error that ended reading the document; only the first one counts.</summary>
    public void SetTerminal(SiviValidationError error) => _terminal ??= error;

    public IReadOnlyList<SiviValidationError> ToList()
    {
        if (_terminal is null && _omitted == 0)
        {
            return _errors;
        }
        var all = new List<SiviValidationError>(_errors.Count + 2);
        all.AddRange(_errors);
        if (_terminal is not null)
        {
            all.Add(_terminal);
        }
        if (_omitted > 0)
        {
            all.Add(new SiviValidationError(0, 0, null, $"… and {_omitted} more schema errors", ValidationErrorKind.Omitted));
        }
        return all;
    }
}
