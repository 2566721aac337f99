namespace Gateway.Transport.Tests.Support;

/// <summary>Test classes that share the one throw-away sshd of the run (they run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class SshdTests : ICollectionFixture<SshdServer>
{
    public const string Name = "sshd";
}
