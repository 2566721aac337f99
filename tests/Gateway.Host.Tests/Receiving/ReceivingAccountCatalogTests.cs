using Gateway.Receiving.Accounts;
using Microsoft.Extensions.Configuration;

namespace Gateway.Receiving.Tests;

public class ReceivingAccountCatalogTests
{
    private static IConfiguration Config(params (string Key, string Value)[] entries) =>
        new ConfigurationBuilder().AddInMemoryCollection(entries.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value))).Build();

    private static readonly (string, string)[] Acme =
    [
        ("Gateway:ReceivingAccounts:acme:Kind", "ExternalSftp"),
        ("Gateway:ReceivingAccounts:acme:Transport:Host", "sftp.acme.example"),
        ("Gateway:ReceivingAccounts:acme:Transport:Port", "2222"),
        ("Gateway:ReceivingAccounts:acme:Transport:UserName", "arbodienst"),
        ("Gateway:ReceivingAccounts:acme:Transport:PrivateKeyFile", "/etc/gateway/keys/acme"),
        ("Gateway:ReceivingAccounts:acme:Transport:HostKeyFingerprint", "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8"),
        ("Gateway:ReceivingAccounts:acme:ReportRecipients:0:Address", "verzuim@acme.example"),
        ("Gateway:ReceivingAccounts:acme:ReportRecipients:0:MailLevel", "WithWarnings"),
        ("Gateway:ReceivingAccounts:acme:AuthorisedEmployers:0", "WG-0001"),
        ("Gateway:ReceivingAccounts:acme:EmployerGroup", "acme-groep"),
        ("Gateway:ReceivingAccounts:acme:ImportConfigurations:0:MessageType", "Verzuimmeldingen"),
        ("Gateway:ReceivingAccounts:acme:ImportConfigurations:0:Release", "2024"),
        ("Gateway:ReceivingAccounts:acme:ImportConfigurations:0:Folder", "/out/sivi"),
        ("Gateway:ReceivingAccounts:acme:ImportConfigurations:0:FileFilter", "VZ*.xml"),
        ("Gateway:ReceivingAccounts:acme:ImportConfigurations:0:Schedule", "*/15 7-21 * * *"),
        ("Gateway:ReceivingAccounts:acme:ClassificationOverrides:OverigeRedenen", "ACME-03"),
        ("Gateway:EmployerGroups:acme-groep:0", "WG-0002"),
        ("Gateway:EmployerGroups:acme-groep:1", "Lhnr:123456789L01"),
    ];

    [Fact]
    public void An_account_binds_from_configuration_with_its_group_resolved_and_starts_blocked()
    {
        var account = ReceivingAccountCatalog.Load(Config(Acme)).Get("acme");

        Assert.Equal(ReceivingAccountKind.ExternalSftp, account.Options.Kind);
        Assert.Equal(("sftp.acme.example", 2222, "arbodienst"), (account.Options.Transport.Host, account.Options.Transport.Port, account.Options.Transport.UserName));
        Assert.True(account.Options.ProcessingBlocked);
        Assert.Equal(RetourmeldingPolicy.AsRequestedAndRefusals, account.Options.Retourmeldingen);
        var recipient = Assert.Single(account.Options.ReportRecipients);
        Assert.Equal(("verzuim@acme.example", ReportMailLevel.WithWarnings), (recipient.Address, recipient.MailLevel));
        var import = Assert.Single(account.Imports.Configurations);
        Assert.Equal(("Verzuimmeldingen", "2024", "out/sivi", "VZ*.xml", "*/15 7-21 * * *"),
            (import.MessageType, import.Release, import.Folder, import.FileFilter.Text, import.Schedule));
        Assert.Equal("ACME-03", account.Options.ClassificationOverrides["overigeredenen"]);

        Assert.True(account.Authorisation.Allows(new EmployerIdentity("WG-0001", null, null)));
        Assert.True(account.Authorisation.Allows(new EmployerIdentity("wg-0002", null, null)));
        Assert.True(account.Authorisation.Allows(new EmployerIdentity("WG-7777", "123456789L01", null)));
        Assert.False(account.Authorisation.Allows(new EmployerIdentity("WG-7777", "999999999L01", "12345678")));
    }

    [Fact]
    public void Every_problem_of_every_account_is_listed_at_once()
    {
        var config = Config(
            ("Gateway:ReceivingAccounts:broken:Kind", "ExternalSftp"),
            ("Gateway:ReceivingAccounts:broken:EmployerGroup", "missing"),
            ("Gateway:ReceivingAccounts:broken:ReportRecipients:0:Address", "nobody"),
            ("Gateway:ReceivingAccounts:broken:ImportConfigurations:0:MessageType", "Retourmelding1"),
            ("Gateway:ReceivingAccounts:broken:ImportConfigurations:0:Release", "2024"),
            ("Gateway:ReceivingAccounts:broken:ImportConfigurations:1:MessageType", "Verzuimmeldingen"),
            ("Gateway:ReceivingAccounts:broken:ImportConfigurations:1:Release", "2019"),
            ("Gateway:ReceivingAccounts:broken:ImportConfigurations:1:FileFilter", "in/VZ*.xml"),
            ("Gateway:ReceivingAccounts:broken:ImportConfigurations:1:Schedule", "every hour"),
            ("Gateway:ReceivingAccounts:broken:ClassificationOverrides:Griep", "X"),
            ("Gateway:ReceivingAccounts:broken:Transport:Sessions", "17"),
            ("Gateway:ReceivingAccounts:empty:Kind", "HostedSftp"));

        var problems = Assert.Throws<ReceivingConfigurationException>(() => ReceivingAccountCatalog.Load(config)).Problems;

        string[] expected =
        [
            "broken:Transport:Host is required", "broken:Transport:UserName is required", "broken:Transport needs PasswordSecret or PrivateKeyFile",
            "broken:Transport:HostKeyFingerprint is required", "EmployerGroup 'missing' is not defined", "broken: authorise at least one employer",
            "ReportRecipients:0:Address 'nobody'", "ImportConfigurations:0:MessageType 'Retourmelding1'", "ImportConfigurations:0:Schedule is required",
            "ImportConfigurations:1:Release '2019'", "ImportConfigurations:1:FileFilter", "ImportConfigurations:1:Schedule 'every hour'",
            "ClassificationOverrides:Griep", "empty:ImportConfigurations: at least one", "empty: authorise at least one employer",
            "broken:Transport:Sessions 17 is not between 2 and 16",
        ];
        foreach (var text in expected)
        {
            Assert.Contains(problems, p => p.Contains(text, StringComparison.Ordinal));
        }
        Assert.Equal(expected.Length, problems.Count);
    }

    [Fact]
    public void A_hosted_account_needs_no_transport_settings_nor_schedule() =>
        Assert.Empty(ReceivingAccountValidator.Validate("acme", new ReceivingAccountOptions
        {
            AuthorisedEmployers = ["KvK:12345678"],
            ImportConfigurations = [new() { MessageType = "Verzuimmeldingen", Release = "2026" }],
        }, new Dictionary<string, IReadOnlyList<string>>()));

    [Fact]
    public void An_unknown_account_is_named_with_the_known_ones()
    {
        var catalog = ReceivingAccountCatalog.Load(Config(Acme));
        Assert.Equal(["acme"], catalog.Names);
        Assert.Contains("known: acme", Assert.Throws<KeyNotFoundException>(() => catalog.Get("other")).Message, StringComparison.Ordinal);
    }
}
