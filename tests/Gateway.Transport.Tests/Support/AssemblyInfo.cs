using System.Runtime.Versioning;

// The transport binds libssh and OpenSSH on Linux; its tests run there only.
[assembly: SupportedOSPlatform("linux")]
