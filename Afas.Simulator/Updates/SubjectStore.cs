namespace Afas.Simulator.Updates;

/// <summary>The dossier items the simulator accepted, in order; ids count up from 10001.</summary>
public sealed class SubjectStore
{
    private readonly Lock _lock = new();
    private readonly List<StoredSubject> _subjects = [];

    public IReadOnlyList<StoredSubject> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _subjects];
            }
        }
    }

    internal StoredSubject Add(int subjectType, string description, DateTime? date, string employeeId, IReadOnlyList<StoredAttachment> attachments)
    {
        lock (_lock)
        {
            var subject = new StoredSubject(10001 + _subjects.Count, subjectType, description, date, employeeId, attachments);
            _subjects.Add(subject);
            return subject;
        }
    }
}
