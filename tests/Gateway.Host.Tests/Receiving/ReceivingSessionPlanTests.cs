using Gateway.Receiving.Intake;
using Gateway.Receiving.Processing;

namespace Gateway.Receiving.Tests;

/// <summary>How a run divides <c>Transport:Sessions</c>, and what it keeps of a committed file.</summary>
public class ReceivingSessionPlanTests
{
    [Fact]
    public void Two_sessions_are_the_intakes_and_the_Retourmeldingen_and_each_further_one_goes_where_the_round_trips_pile_up()
    {
        Assert.Equal(new ReceivingSessionPlan(1, 0, 1), ReceivingSessionPlan.For(2));
        Assert.Equal(new ReceivingSessionPlan(1, 1, 1), ReceivingSessionPlan.For(3));
        Assert.Equal(new ReceivingSessionPlan(1, 1, 2), ReceivingSessionPlan.For(4));
        Assert.Equal(new ReceivingSessionPlan(2, 2, 3), ReceivingSessionPlan.For(7));
        Assert.All(Enumerable.Range(2, 15), n => Assert.Equal(n, ReceivingSessionPlan.For(n).Total));
        Assert.Equal(16, ReceivingSessionPlan.For(40).Total);
    }

    [Fact]
    public void A_committed_outcome_without_its_documents_still_says_a_Retourmelding_answered_it()
    {
        var retour = new Sivi.Messages.Model.Retourmelding1();
        var released = new ReceivedFileOutcome { Account = "acme", FileName = "b.xml", FileId = 2, Status = ReceivedFileStatus.Processed, Retourmelding = retour };
        var outcome = new ReceivedFileOutcome
        {
            Account = "acme",
            FileName = "a.xml",
            FileId = 1,
            Status = ReceivedFileStatus.Processed,
            Retourmelding = retour,
            Released = [released],
        };
        var quiet = outcome with { Retourmelding = null };

        var kept = outcome.WithoutDocuments();

        Assert.Null(kept.Retourmelding);
        Assert.True(kept.RetourmeldingDue);
        Assert.Equal((null, true), (Assert.Single(kept.Released).Retourmelding, kept.Released[0].RetourmeldingDue));
        Assert.False(quiet.WithoutDocuments().RetourmeldingDue);
        Assert.Equal(("a.xml", 1L, ReceivedFileStatus.Processed), (kept.FileName, kept.FileId, kept.Status));
    }
}
