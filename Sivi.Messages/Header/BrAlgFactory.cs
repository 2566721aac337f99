using Sivi.Messages.Model;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Header;

/// <summary>
/// Builds the BrAlg header for any message type and release: BrCd and VnrBrCd from the descriptions, creation
/// date and time in Dutch local time, a new unique Berrefnr, and the link's identifications and flags.
/// </summary>
public sealed class BrAlgFactory(SiviDefinitions definitions, TimeProvider clock)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public BrAlg Create(string messageName, string release, BrAlgOptions options)
    {
        var schema = definitions.Get(messageName, release);
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam);
        return new BrAlg
        {
            BrCd = schema.BerichtCode,
            VnrBrCd = schema.VersieCode,
            AandatBr = DateOnly.FromDateTime(now.DateTime),
            AantijdBr = new TimeOnly(now.Hour, now.Minute, now.Second),
            IdInzndr = options.IdInzndr,
            GebrSwPakket = options.GebrSwPakket,
            IdOntvngr = options.IdOntvngr,
            Berrefnr = BerichtReferentie.New(clock),
            TestJN = options.Test ? "J" : "N",
            OntvngstbevJN = options.OntvangstbevestigingGevraagd ? "J" : "N",
        };
    }

    /// <summary>A new message of the given type with its header filled in.</summary>
    public SiviMessage CreateMessage(string messageName, string release, BrAlgOptions options)
    {
        var message = SiviModel.CreateRoot(messageName);
        message.Release = release;
        message.BrAlg = Create(messageName, release, options);
        return message;
    }
}
