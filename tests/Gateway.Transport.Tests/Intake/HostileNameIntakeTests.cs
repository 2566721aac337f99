using Gateway.Transport.Files;
using Gateway.Transport.Intake;
using Gateway.Transport.Sftp;
using Gateway.Transport.Tests.Support;

namespace Gateway.Transport.Tests.Intake;

/// <summary>
/// Remote names are data, never paths: a partner's SFTP server that lists names with separators, control characters
/// or dot-only names gets nothing written outside staging, and such files are reported and left alone — whether the
/// names come from a wrapper over the listing, from a real OpenSSH server that sends them on the wire
/// (<see cref="LyingSshd"/>), or from files with such names on the server's disk.
/// </summary>
[Collection(SshdTests.Name)]
public sealed class HostileNameIntakeTests(SshdServer sshd) : IDisposable
{
    private readonly string _local = Directory.CreateTempSubdirectory("gateway-hostile-names-").FullName;

    public void Dispose() => Directory.Delete(_local, recursive: true);

    private string Staging => Path.Combine(_local, "staging");

    private static IntakeSource Source(string folder, string filter = "*.xml") => new()
    {
        Name = "partner-vz",
        Folder = folder,
        FileFilter = GlobPattern.Parse(filter),
        StabilityInterval = TimeSpan.FromMilliseconds(100),
    };

    [RequiresSshdTheory, BothClients]
    public async Task A_server_listing_a_name_that_climbs_out_gets_nothing_written_outside_staging_and_its_file_is_left_alone(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "lying");
        await connection.UploadAsync($"{folder}/VZ_1.xml", new MemoryStream("<Verzuimmeldingen/>"u8.ToArray()));
        // the server names its file "../../outside.xml": staging/partner-vz/../../outside.xml would be beside staging
        var lying = new InterceptingFileSystem(connection)
        {
            AfterList = listing => [.. listing.Select(e => e with { Name = "../../outside.xml" })],
        };
        using var journal = new FileIntakeJournal(Path.Combine(_local, "journal.jsonl"));
        var handled = new HandledFiles();

        var result = await new FileIntake(journal, Staging).RunAsync(lying, Source(folder), handled.HandleAsync);

        Assert.Equal(new IntakeRefusal("\"../../outside.xml\"", "has a name that contains a folder separator"), Assert.Single(result.Refused));
        Assert.Empty(handled.Files);
        Assert.False(File.Exists(Path.Combine(_local, "outside.xml")));
        Assert.Empty(Directory.GetFiles(_local, "*.xml", SearchOption.AllDirectories));
        Assert.Equal(["VZ_1.xml"], (await connection.ListAsync(folder)).Select(e => e.Name));
    }

    [RequiresSshdTheory, BothClients]
    public async Task A_server_that_sends_names_climbing_out_on_the_wire_gets_nothing_written_outside_staging_and_its_files_are_left_alone(SftpClientKind client)
    {
        // a real OpenSSH sftp-server whose READDIR answers carry these names instead of the real ones
        await using var lying = await LyingSshd.StartAsync(sshd, new Dictionary<string, string>
        {
            ["VZ_1.xml"] = "../../../../../../outside.xml",
            ["VZ_2.xml"] = "/etc/cron.d/VZ_2.xml",
            ["VZ_3.xml"] = "..",
        });
        foreach (var name in new[] { "VZ_1.xml", "VZ_2.xml", "VZ_3.xml", "VZ_4.xml" })
        {
            await File.WriteAllTextAsync(Path.Combine(lying.Folder, name), $"<Verzuimmeldingen>{name}</Verzuimmeldingen>");
        }
        await using var connection = await SftpClients.Create(client).ConnectAsync(lying.Settings);
        using var journal = new FileIntakeJournal(Path.Combine(_local, "journal.jsonl"));
        var handled = new HandledFiles();

        var listed = (await connection.ListAsync(lying.Folder)).Select(e => e.Name).ToList();
        var result = await new FileIntake(journal, Staging).RunAsync(connection, Source(lying.Folder), handled.HandleAsync);

        Assert.Contains("../../../../../../outside.xml", listed); // the lie reached the gateway
        Assert.Equal(["VZ_4.xml"], handled.Names);
        Assert.Equal(["\"../../../../../../outside.xml\" has a name that contains a folder separator", "\"/etc/cron.d/VZ_2.xml\" has a name that contains a folder separator"],
            result.Refused.Select(r => r.ToString()).Order(StringComparer.Ordinal));
        Assert.False(File.Exists("/outside.xml"));
        Assert.False(File.Exists("/etc/cron.d/VZ_2.xml"));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(Staging, "partner-vz", "../../outside.xml"))));
        Assert.Empty(Directory.GetFiles(_local, "*.xml", SearchOption.AllDirectories));
        // the lying entries stay at the partner (a name listed as ".." is not even an entry); the plain one was taken
        Assert.Equal(["VZ_1.xml", "VZ_2.xml", "VZ_3.xml"], Directory.GetFiles(lying.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [RequiresSshdTheory, BothClients]
    public async Task Names_with_backslashes_control_characters_or_only_dots_are_left_alone_at_the_partner(SftpClientKind client)
    {
        await using var connection = await sshd.ConnectAsync(client);
        var folder = await sshd.NewRemoteFolderAsync(connection, "odd-names");
        // names a real file system holds: the test writes them on the server's disk directly
        string[] hostile = ["..\\..\\VZ_back.xml", "VZ_\n1.xml", "VZ_\u001b[31m.xml", "VZ_\u202e.xml", "...", ". ."];
        foreach (var name in hostile.Append("VZ_plain.xml"))
        {
            await File.WriteAllTextAsync(Path.Combine(sshd.LocalPath(folder), name), "<Verzuimmeldingen/>");
        }
        using var journal = new FileIntakeJournal(Path.Combine(_local, "journal.jsonl"));
        var handled = new HandledFiles();

        var result = await new FileIntake(journal, Staging).RunAsync(connection, Source(folder, "VZ*.xml"), handled.HandleAsync);

        Assert.Equal(["VZ_plain.xml"], handled.Names);
        Assert.Equal(["\". .\" has a name that consists of dots and blanks only", "\"...\" has a name that consists of dots and blanks only",
            "\"..\\\\..\\\\VZ_back.xml\" has a name that contains a folder separator", "\"VZ_\\u{000A}1.xml\" has a name that contains a control character",
            "\"VZ_\\u{001B}[31m.xml\" has a name that contains a control character", "\"VZ_\\u{202E}.xml\" has a name that contains an invisible formatting character"],
            result.Refused.Select(r => r.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(hostile.Order(StringComparer.Ordinal), (await connection.ListAsync(folder)).Select(e => e.Name).Order(StringComparer.Ordinal));
    }
}
