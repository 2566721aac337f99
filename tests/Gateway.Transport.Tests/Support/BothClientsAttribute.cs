using System.Reflection;
using Gateway.Transport.Sftp;
using Xunit.Sdk;

namespace Gateway.Transport.Tests.Support;

/// <summary>Runs a theory once per SFTP client (libssh and SSH.NET): both must behave alike against the same server.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BothClientsAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<SftpClientKind>().Select(kind => new object[] { kind });
}
