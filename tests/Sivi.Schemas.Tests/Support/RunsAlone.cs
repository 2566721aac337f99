namespace Sivi.Schemas.Tests.Support;

/// <summary>Tests that measure process-wide memory, so they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "runs alone (measures process memory)";
}
