using Sivi.Messages.Model;
using Sivi.Schemas.Definitions;

namespace Sivi.Messages.Header;

/// <summary>
/// Builds the BrAlg header for any message type and release whose codes the standard fixes: BrCd and VnrBrCd from
/// the descriptions, creation date and time in Dutch local time, a new unique Berrefnr, and the link's
/// identifications and flags (GebrSwPakket only where the release's BrAlg has it). Fields particular to one type
/// (a Retourmelding's BerrefnrIngzndnBer, a MedischeKaart's FunctieBrCd) are the caller's.
/// </summary>
public sealed class BrAlgFactory(SiviDefinitions definitions, TimeProvider clock)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <exception cref="InvalidOperationException">The standard leaves this type's BrCd or VnrBrCd open.</exception>
    public BrAlg Create(string messageName, string release, BrAlgOptions options)
    {
        var schema = definitions.Get(messageName, release);
        if (schema.BerichtCode is not { } brCd || schema.VersieCode is not { } vnrBrCd)
        {
            throw new InvalidOperationException($"{schema} has no fixed BrCd/VnrBrCd (the standard leaves them open); the sender fills in BrAlg itself");
        }
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam);
        var hasPackage = schema.Find($"/{schema.RootElement}/BrAlg/GebrSwPakket") is not null;
        return new BrAlg
        {
            BrCd = brCd,
            VnrBrCd = vnrBrCd,
            AandatBr = DateOnly.FromDateTime(now.DateTime),
            AantijdBr = new TimeOnly(now.Hour, now.Minute, now.Second),
            IdInzndr = options.IdInzndr,
            GebrSwPakket = hasPackage ? options.GebrSwPakket : null,
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
