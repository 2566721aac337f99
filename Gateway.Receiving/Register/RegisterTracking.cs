using Microsoft.EntityFrameworkCore;

namespace Gateway.Receiving.Register;

/// <summary>What a group's context keeps tracked from one file to the next.</summary>
internal static class RegisterTracking
{
    /// <summary>
    /// After a save: stops tracking everything but the employers, employees and employments (saved, so unchanged),
    /// which the next file of the same employer finds without a query.
    /// </summary>
    public static void KeepOnlyParties(ReceivingDbContext context)
    {
        var parties = context.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Unchanged && e.Entity is RegisteredEmployer or RegisteredEmployee or RegisteredEmployment)
            .Select(e => e.Entity).ToList();
        context.ChangeTracker.Clear();
        foreach (var party in parties)
        {
            context.Attach(party);
        }
    }
}
