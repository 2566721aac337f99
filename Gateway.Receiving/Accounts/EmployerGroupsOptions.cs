namespace Gateway.Receiving.Accounts;

/// <summary>
/// Named groups of employers (<c>Gateway:EmployerGroups:&lt;name&gt;</c> = list of employer ids in the same form as
/// <see cref="ReceivingAccountOptions.AuthorisedEmployers"/>), so an account serving several employers is
/// authorised for the group rather than for each employer (seed 003 advises a werkgevergroep).
/// </summary>
public static class EmployerGroupsOptions
{
    public const string Section = "Gateway:EmployerGroups";
}
