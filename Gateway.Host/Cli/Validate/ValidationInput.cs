namespace Gateway.Host.Cli.Validate;

/// <summary>A file to validate, or a command-line path that could not be turned into files.</summary>
/// <param name="Path">The path as the user gave it, or a file found below a directory they gave.</param>
/// <param name="Problem">Why the path cannot be validated (missing, unreadable directory); null for a file to validate.</param>
internal sealed record ValidationInput(string Path, string? Problem = null);
