using Microsoft.EntityFrameworkCore;

namespace Gateway.Receiving.Register;

/// <summary>What a group's context keeps tracked from one file to the next.</summary>
internal static class RegisterTracking
{
    /// <summary>
    /// Between two files of a group: stops tracking the saved rows but the employers, employees and employments, which
    /// the next file of the same employer finds without a query; rows added and not yet saved stay, for the next save.
    /// A tracker that grew with the group would make every save scan all earlier files' rows.
    /// </summary>
    public static void KeepPartiesAndUnsaved(ReceivingDbContext context)
    {
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        // no scan for changes here: the caller's last save left every row unchanged or added
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries().ToList())
            {
                if (entry.State == EntityState.Unchanged && entry.Entity is not (RegisteredEmployer or RegisteredEmployee or RegisteredEmployment))
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
