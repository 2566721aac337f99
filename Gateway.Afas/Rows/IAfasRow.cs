namespace Gateway.Afas.Rows;

/// <summary>A typed row of one GetConnector.</summary>
public interface IAfasRow<TSelf> where TSelf : IAfasRow<TSelf>
{
    /// <summary>The GetConnector id, e.g. "Newdays_Connect_Verzuim_v1".</summary>
    static abstract string ConnectorId { get; }

    /// <summary>The AFAS field ids that together identify a record; also the default (stable) order of a pull.</summary>
    static abstract IReadOnlyList<string> KeyFields { get; }

    /// <summary>Reads a row; problems are collected on <paramref name="fields"/> and kept as <see cref="Problems"/> (a row whose key cannot be read is rejected: <see cref="AfasRowFields.RejectsRow"/>).</summary>
    static abstract TSelf Read(AfasRowFields fields);

    AfasRecordKey Key { get; }

    /// <summary>The fields whose values could not be read; the row is kept and the mapping judges them per message type.</summary>
    AfasFieldProblems Problems { get; }
}
