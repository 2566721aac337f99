using System.Text;
using Gateway.Transport.Intake;

namespace Gateway.Transport.Tests.Support;

/// <summary>An <see cref="IntakeHandler"/> for tests: keeps each handed-over file's name and content, in order.</summary>
internal sealed class HandledFiles
{
    public List<(string Name, string Content)> Files { get; } = [];

    /// <summary>Runs before a file is kept; throwing makes the hand-over fail (the file stays staged and at the source).</summary>
    public Func<TakenFile, Task>? Before { get; init; }

    public IEnumerable<string> Names => Files.Select(f => f.Name);

    public string ContentOf(string name) => Files.Single(f => f.Name == name).Content;

    public async Task HandleAsync(TakenFile file, Stream content, CancellationToken cancellationToken)
    {
        if (Before is not null)
        {
            await Before(file);
        }
        using var reader = new StreamReader(content, Encoding.UTF8);
        Files.Add((file.Name, await reader.ReadToEndAsync(cancellationToken)));
    }
}
