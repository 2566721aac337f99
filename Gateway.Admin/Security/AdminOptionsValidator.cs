using Gateway.Core.Configuration;

namespace Gateway.Admin.Security;

/// <summary>Checks <see cref="AdminOptions"/>; every problem names its configuration path, never a key.</summary>
internal static class AdminOptionsValidator
{
    public const int MinimumKeyLength = 16;

    public static void ThrowIfInvalid(AdminOptions options)
    {
        var problems = new List<string>();
        var section = AdminOptions.Section;
        if (options.SessionMinutes <= 0)
        {
            problems.Add($"{section}:SessionMinutes must be positive");
        }
        if (options.SessionHours <= 0)
        {
            problems.Add($"{section}:SessionHours must be positive");
        }
        if (options.FailedKeyLimit <= 0)
        {
            problems.Add($"{section}:FailedKeyLimit must be positive");
        }
        if (options.FailedKeyWindowMinutes <= 0)
        {
            problems.Add($"{section}:FailedKeyWindowMinutes must be positive");
        }
        foreach (var url in options.UrlList)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add($"{section}:Urls has '{url}', which is not an http(s) address");
            }
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            var path = $"{section}:Users:{i}";
            if (string.IsNullOrWhiteSpace(user.Name))
            {
                problems.Add($"{path}:Name is required");
            }
            else if (!names.Add(user.Name.Trim()))
            {
                problems.Add($"{path}:Name '{user.Name}' is used twice");
            }
            if (string.IsNullOrWhiteSpace(user.ApiKey))
            {
                problems.Add($"{path}:ApiKey is required");
            }
            if (!Enum.IsDefined(user.Role))
            {
                problems.Add($"{path}:Role must be Admin or Auditor");
            }
        }
        if (problems.Count > 0)
        {
            throw new InvalidConfigurationException(problems);
        }
    }
}
