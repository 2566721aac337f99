using Gateway.Core.Accounts;
using Gateway.Receiving.Accounts;
using Gateway.Transport.Sftp;
using Microsoft.Extensions.Configuration;

namespace Gateway.Outbound.Tests.Deliver;

/// <summary>The per-account SSH client choice, <c>Transport:Client</c>: read at start, an unknown name refused naming its key.</summary>
public sealed class TransportClientChoiceTests
{
    private static IConfiguration Config(params (string Key, string Value)[] entries) =>
        new ConfigurationBuilder().AddInMemoryCollection(entries.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value))).Build();

    [Fact]
    public void A_partner_account_uses_libssh_unless_it_names_ssh_net()
    {
        var catalog = AccountCatalog.Load(Config(
            ("Gateway:Accounts:plain:Delivery:Kind", "SftpPush"),
            ("Gateway:Accounts:portable:Delivery:Kind", "SftpPush"),
            ("Gateway:Accounts:portable:Transport:Client", "sshnet")));

        Assert.Equal(SftpClientKind.LibSsh, AccountTransportOptions.Kind(catalog.Get("plain").Transport.Client, AccountCatalog.ClientPath("plain")));
        Assert.Equal(SftpClientKind.SshNet, AccountTransportOptions.Kind(catalog.Get("portable").Transport.Client, AccountCatalog.ClientPath("portable")));
    }

    [Fact]
    public void An_unknown_client_of_a_partner_account_stops_the_start_naming_the_key_and_the_choices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AccountCatalog.Load(Config(
            ("Gateway:Accounts:acme:Delivery:Kind", "SftpPush"),
            ("Gateway:Accounts:acme:Transport:Client", "OpenSsh"))));

        Assert.Equal("Gateway:Accounts:acme:Transport:Client 'OpenSsh' is not an SFTP client: use LibSsh (default) or SshNet", error.Message);
    }

    [Fact]
    public void A_number_is_not_a_client_name()
    {
        Assert.Throws<InvalidOperationException>(() => AccountCatalog.Load(Config(("Gateway:Accounts:acme:Transport:Client", "1"))));
    }

    [Fact]
    public void An_unknown_client_of_an_external_receiving_account_is_listed_with_the_other_problems()
    {
        var problems = Assert.Throws<ReceivingConfigurationException>(() => ReceivingAccountCatalog.Load(Config(
            ("Gateway:ReceivingAccounts:acme:Kind", "ExternalSftp"),
            ("Gateway:ReceivingAccounts:acme:Transport:Client", "putty")))).Problems;

        Assert.Contains("Gateway:ReceivingAccounts:acme:Transport:Client 'putty' is not an SFTP client: use LibSsh (default) or SshNet", problems);
    }
}
