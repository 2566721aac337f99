using Gateway.Host.Cli.Progress;
using Gateway.Outbound.Convert.Conversion;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Sequencing;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Registry;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Cli.Convert;

/// <summary>One <c>gateway convert</c> invocation: profile, inputs, conversion through the validation gate, files and report.</summary>
internal sealed record ConvertRun(
    string Input,
    string Connector,
    string[] With,
    string? Release,
    string? Type,
    bool IncludeBsn,
    string? ProfilePath,
    bool Json,
    string OutputDirectory,
    TextWriter Output,
    TextWriter Error)
{
    private static readonly string Name = "gateway convert: ";

    public async Task<int> ExecuteAsync(SchemaRegistryOptions schemaOptions, CancellationToken cancellationToken)
    {
        var connector = ConnectorNames.Parse(Connector);
        if (connector is null)
        {
            return await UsageAsync($"unknown connector '{Connector}' (one of {string.Join(", ", ConnectorNames.All)})").ConfigureAwait(false);
        }
        var withFiles = new List<(string Connector, string Path)>();
        foreach (var item in With)
        {
            var split = item.IndexOf('=', StringComparison.Ordinal);
            var other = split > 0 ? ConnectorNames.Parse(item[..split]) : null;
            if (other is null || split == item.Length - 1)
            {
                return await UsageAsync($"--with '{item}' is not <connector>=<file>").ConfigureAwait(false);
            }
            if (other == connector)
            {
                return await UsageAsync($"--with {other} is the connector being converted").ConfigureAwait(false);
            }
            withFiles.Add((other, item[(split + 1)..]));
        }
        var profile = await LoadProfileAsync().ConfigureAwait(false);
        if (profile is null)
        {
            return GatewayCli.UsageOrIoError;
        }
        var problems = MappingProfileValidator.Validate(profile, SiviDefinitions.Embedded);
        if (problems.Count > 0)
        {
            return await UsageAsync(string.Join("; ", problems)).ConfigureAwait(false);
        }
        SchemaRegistry registry;
        try
        {
            registry = await SchemaRegistry.LoadAsync(schemaOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (SchemaRegistryException e)
        {
            return await UsageAsync(e.Message).ConfigureAwait(false);
        }
        if (!registry.HasRelease(profile.Release!))
        {
            return await UsageAsync($"no schemas for release {profile.Release} in {registry.Directory}").ConfigureAwait(false);
        }
        var inputs = new ConvertInputs(profile.Integration);
        try
        {
            await inputs.LoadAsync([(connector, Input, true), .. withFiles.Select(file => (file.Connector, file.Path, false))], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return await UsageAsync(e.Message).ConfigureAwait(false);
        }
        var service = new SiviConversionService(profile, new SiviValidator(registry), new InMemoryCaseSequenceStore());
        var output = new ConvertOutput(Output, Json);
        var progress = TerminalProgress.For(Output);
        var files = new ConvertFiles(OutputDirectory, output, progress);
        try
        {
            Directory.CreateDirectory(OutputDirectory);
            // the files are written while the conversion goes on, part by part
            await service.ConvertAsync(inputs.Batch, inputs.Source, files, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await UsageAsync(e.Message).ConfigureAwait(false);
        }
        finally
        {
            progress.Dispose();
        }
        await output.WriteRestAsync(files.Rest).ConfigureAwait(false);
        await Error.WriteLineAsync($"{Name}{files.Messages} messages written to {OutputDirectory}, {files.Rest.Failures.Count} uitval, {files.Rest.Skipped.Count} skipped").ConfigureAwait(false);
        return files.Rest.HasFailures ? 1 : 0;
    }

    private async Task<MappingProfile?> LoadProfileAsync()
    {
        MappingProfile profile;
        if (ProfilePath is null)
        {
            profile = new MappingProfile { UseWerkgeverscodeForUnmappedEmployers = true };
            await Error.WriteLineAsync(Name + "no --profile: employers are identified by their Werkgeverscode and have no loonheffingennummer "
                + "(Dienstverbanden, WerknemersGegevens and WerkgeversGegevens need one per employer in a profile)").ConfigureAwait(false);
        }
        else
        {
            try
            {
                profile = MappingProfileLoader.Load(ProfilePath);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                await Error.WriteLineAsync(Name + e.Message).ConfigureAwait(false);
                return null;
            }
        }
        if (Release is not null)
        {
            profile.Release = Release;
        }
        if (Type is not null)
        {
            if (SiviMessageTypes.Parse(Type) is not { } messageType)
            {
                await Error.WriteLineAsync($"{Name}--type '{Type}' is not one of {string.Join(", ", SiviMessageTypes.All)}").ConfigureAwait(false);
                return null;
            }
            profile.MessageTypes = [messageType];
            if (messageType == SiviMessageTypes.WerknemersGegevens)
            {
                profile.UseWerknemersGegevens = true;
            }
            else if (messageType == SiviMessageTypes.Dienstverbanden)
            {
                profile.UseWerknemersGegevens = false;
            }
        }
        if (IncludeBsn)
        {
            profile.IncludeBsn = true;
        }
        return profile;
    }

    private async Task<int> UsageAsync(string message)
    {
        await Error.WriteLineAsync(Name + message).ConfigureAwait(false);
        return GatewayCli.UsageOrIoError;
    }
}
