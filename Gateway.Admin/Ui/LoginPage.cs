namespace Gateway.Admin.Ui;

/// <summary>Log in with an API key; the session is a cookie (HttpOnly, SameSite=Strict).</summary>
internal static class LoginPage
{
    public static Html Render(UiPage page, string? returnUrl, LoginProblem problem = LoginProblem.None)
    {
        var t = page.T;
        var error = problem switch
        {
            LoginProblem.UnknownKey => H.Of($"<p class=\"error\" id=\"login-error\">{t.LoginFailed}</p>"),
            LoginProblem.Throttled => H.Of($"<p class=\"error\" id=\"login-error\">{t.LoginThrottled}</p>"),
            _ => Html.Empty,
        };
        var fields = H.Of($"""
            {error}
            <input type="hidden" name="returnUrl" value="{returnUrl ?? "/ui"}">
            <label>{t.ApiKey} <input type="password" name="apiKey" id="apiKey" autocomplete="current-password" required autofocus></label>
            <button type="submit" id="login">{t.Login}</button>
            """);
        return UiLayout.Render(page, t.Login, page.Form("/ui/login", fields, "block"));
    }
}

/// <summary>Why the login page is shown again.</summary>
internal enum LoginProblem
{
    None,
    UnknownKey,

    /// <summary>The address presented too many unknown keys (<see cref="Security.FailedKeyThrottle"/>).</summary>
    Throttled,
}
