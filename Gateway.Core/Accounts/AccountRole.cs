namespace Gateway.Core.Accounts;

/// <summary>Which side of a SIVI link an account is: we send to the partner, or the partner sends to us.</summary>
public enum AccountRole
{
    /// <summary>Configured under <c>Gateway:Accounts</c>: the gateway delivers messages to the partner.</summary>
    Sending = 1,

    /// <summary>Configured under <c>Gateway:ReceivingAccounts</c>: the partner's messages come into the register.</summary>
    Receiving = 2,
}
