namespace Gateway.Core.Pulls;

/// <summary>The kinds of a pull that failed as a whole, as <see cref="PullRun.FailureKind"/> records them and the daily mail names them.</summary>
public static class PullFailureKinds
{
    /// <summary>AFAS refused the token (401): wrong, expired or revoked.</summary>
    public const string Authentication = "authentication";

    /// <summary>AFAS refused access (403), e.g. an IP restriction on the App connector that does not list the gateway.</summary>
    public const string AccessDenied = "access-denied";

    /// <summary>AFAS did not answer in time.</summary>
    public const string Timeout = "timeout";

    /// <summary>The connection failed (DNS, TLS, refused, dropped).</summary>
    public const string Connection = "connection";

    /// <summary>AFAS answered with a server error, an unknown connector or an answer that could not be read.</summary>
    public const string Server = "server";

    /// <summary>The Dutch words the daily mail uses.</summary>
    public static string Describe(string? kind) => kind switch
    {
        Authentication => "AFAS weigert het token (inloggen mislukt)",
        AccessDenied => "AFAS weigert de toegang (bijvoorbeeld een IP-restrictie op de App connector)",
        Timeout => "AFAS antwoordde niet op tijd",
        Connection => "geen verbinding met AFAS",
        _ => "AFAS gaf een fout",
    };
}
