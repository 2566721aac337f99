namespace Gateway.Receiving.Intake;

/// <summary>
/// How a run of an external SFTP account divides the sessions it may hold (<c>Transport:Sessions</c>) over its work,
/// each session doing one request at a time: downloads (the intake's own session lists and downloads; about three
/// round trips a file), removing taken files at the partner (a stat and a delete), and writing Retourmeldingen (open,
/// write, close, rename). Two sessions — the intake's and the Retourmeldingen's — is what a run always used; the
/// removals then go over the intake's session beside the downloads. Each further session goes to the work that then
/// takes the most round trips per session, so the stages keep pace with each other. A hosted account's folder is local:
/// its plan has no limit to keep (<see cref="Local"/>).
/// </summary>
public sealed record ReceivingSessionPlan(int Downloads, int Removals, int Retourmeldingen)
{
    public const int MinSessions = 2;

    public const int MaxSessions = 16;

    public const int DefaultSessions = 2;

    /// <summary>A local folder (hosted account): downloads and removals over the run's folder, beside each other.</summary>
    public static ReceivingSessionPlan Local { get; } = new(1, 0, 1);

    /// <summary>The plan for <paramref name="sessions"/> sessions (clamped to <see cref="MinSessions"/>–<see cref="MaxSessions"/>).</summary>
    public static ReceivingSessionPlan For(int sessions)
    {
        const double download = 3, removal = 2, retour = 4; // round trips per file
        int d = 1, r = 0, t = 1;
        for (var extra = Math.Clamp(sessions, MinSessions, MaxSessions) - MinSessions; extra > 0; extra--)
        {
            var downloading = (download + (r == 0 ? removal : 0)) / d;
            var removing = r == 0 ? 0 : removal / r;
            var answering = retour / t;
            if (answering > downloading && answering >= removing)
            {
                t++;
            }
            else if (r == 0 || removing >= downloading)
            {
                r++;
            }
            else
            {
                d++;
            }
        }
        return new ReceivingSessionPlan(d, r, t);
    }

    public int Total => Downloads + Removals + Retourmeldingen;
}
