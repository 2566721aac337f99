namespace Gateway.Host.Afas.Changes;

/// <summary>Which state a pull is compared with, and whether it saw everything (only then can records be gone).</summary>
/// <param name="AutoResolveUitval">Clear open import uitval of records that now arrive intact (every stream but Verzuim).</param>
public sealed record PullScope(string Integration, string Connector, bool Filtered, bool AutoResolveUitval);
