namespace Gateway.Receiving.Imports;

/// <summary>The import configuration a file was accepted under, or why no configuration accepts it.</summary>
public sealed record ImportConfigurationMatch(ImportConfiguration? Configuration, string? Refusal)
{
    public bool IsMatch => Configuration is not null;
}
