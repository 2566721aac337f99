using Gateway.Core.Uitval;

namespace Gateway.Admin.Data;

/// <summary>Uitval list filters; <paramref name="Integration"/> is the integration or, for delivery uitval, the account.</summary>
internal sealed record UitvalFilter(UitvalStatus? Status, UitvalStage? Stage, string? Integration, int Skip, int Take);
