using System.Globalization;
using System.Text;

namespace Gateway.Host.Cli.Validate;

/// <summary>
/// One line per file (<c>VALID   path  (Verzuimmeldingen 2024)</c>, <c>INVALID path</c>, <c>ERROR   path  reason</c>),
/// each error of an invalid file on an indented <c>line:col path message</c> line below it.
/// </summary>
internal sealed class HumanVerdictWriter(TextWriter output) : IVerdictWriter
{
    private readonly StringBuilder _text = new();

    public async ValueTask WriteAsync(FileVerdict verdict)
    {
        _text.Clear();
        if (verdict.IoProblem is { } problem)
        {
            _text.Append("ERROR   ").Append(verdict.File).Append("  ").Append(problem).Append('\n');
        }
        else if (verdict.Result is { } result)
        {
            _text.Append(result.IsValid ? "VALID   " : "INVALID ").Append(verdict.File);
            if (result.MessageType is { } type)
            {
                _text.Append("  (").Append(type.Name).Append(' ').Append(type.Release).Append(')');
            }
            _text.Append('\n');
            foreach (var error in result.Errors)
            {
                _text.Append("  ");
                if (error.Line > 0)
                {
                    _text.Append(error.Line.ToString(CultureInfo.InvariantCulture)).Append(':')
                        .Append(error.Column.ToString(CultureInfo.InvariantCulture)).Append(' ');
                }
                if (error.Path is not null)
                {
                    _text.Append(error.Path).Append(' ');
                }
                _text.Append(ShownErrorText.Of(error)).Append('\n');
            }
        }
        await output.WriteAsync(_text).ConfigureAwait(false);
    }
}
