namespace Gateway.Host.Demo;

/// <summary>What the demo says before it starts: where to look, how to log in, where its files go, how to stop it.</summary>
internal static class DemoBanner
{
    public static async Task WriteAsync(TextWriter output, string workDirectory, bool serve, int uiPort, string adminKey, string auditorKey)
    {
        string[] lines =
        [
            "gateway demo: the AFAS simulator, the gateway on SQLite, an arbodienst account, and the arbodienst's own gateway (receiving role)",
            serve
                ? $"  Admin UI:    http://127.0.0.1:{uiPort}/ui (once the first round below is done; log in with a key)"
                : "  Admin UI:    not started (--no-serve)",
            $"    admin key:   {adminKey}  (role Admin: every page and action)",
            $"    auditor key: {auditorKey}  (role Auditor: read-only, BSN, IBAN, names and addresses masked)",
            $"  Data:        {workDirectory} (database gateway.db, configuration gateway.json, hosted/ partner folders, delivered files);",
            "               kept when the demo stops, emptied when it starts again",
            "  Delivery:    SFTP to a throw-away local OpenSSH sshd when run as root with openssh-server and libssh installed, else a local folder",
            serve ? "  Stop:        Ctrl+C (the data and files stay)" : "  Stop:        it stops by itself after the first round (--no-serve)",
        ];
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
