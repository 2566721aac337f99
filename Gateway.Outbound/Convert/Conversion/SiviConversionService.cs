using Gateway.Core.Pulls;
using Gateway.Core.Time;
using Gateway.Outbound.Convert.Absence;
using Gateway.Outbound.Convert.Employees;
using Gateway.Outbound.Convert.Employers;
using Gateway.Outbound.Convert.Profile;
using Gateway.Outbound.Convert.Sequencing;
using Gateway.Outbound.Convert.Source;
using Gateway.Outbound.Validate;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sivi.Messages.Header;
using Sivi.Messages.Writing;
using Sivi.Schemas.Definitions;
using Sivi.Schemas.Validation;

namespace Gateway.Outbound.Convert.Conversion;

/// <summary>
/// AFAS mutations → SIVI messages for one partner account, through the validation gate: each message is written for
/// the account's release and validated against it before it is returned. A record that cannot be mapped or whose
/// message is invalid becomes a <see cref="ConversionFailure"/> (uitval) and the other records go on. Employers
/// (WerkgeversGegevens) first, then employees (Dienstverbanden / WerknemersGegevens), then absences (Verzuimmeldingen),
/// so a receiver meets an employer and employee before their absences.
/// </summary>
public sealed class SiviConversionService
{
    private readonly MappingProfile _profile;
    private readonly SiviValidator _validator;
    private readonly ICaseSequenceStore _sequences;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly SiviDefinitions _definitions;
    private readonly SiviMessageWriter _writer;
    private readonly int _parallelism;

    /// <param name="profile">The account; must pass <see cref="MappingProfileValidator"/>.</param>
    /// <param name="validator">Validates against the schema set the account's messages must satisfy.</param>
    /// <param name="sequences">VrzmgvlVnrMld per case (database-backed in the service, in memory offline).</param>
    /// <param name="parallelism">Employees and cases converted at once; 0 = one per processor.</param>
    public SiviConversionService(MappingProfile profile, SiviValidator validator, ICaseSequenceStore sequences, TimeProvider? clock = null,
        ILogger<SiviConversionService>? logger = null, SiviDefinitions? definitions = null, int parallelism = 0)
    {
        _definitions = definitions ?? SiviDefinitions.Embedded;
        var problems = MappingProfileValidator.Validate(profile, _definitions);
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid mapping profile: " + string.Join("; ", problems), nameof(profile));
        }
        _profile = profile;
        _validator = validator;
        _sequences = sequences;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _writer = new SiviMessageWriter(_definitions);
        _parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
    }

    public MappingProfile Profile => _profile;

    /// <summary>Converts a batch of typed mutations against the current source state.</summary>
    /// <param name="source">The current state of all six connectors, this batch's new and changed rows included and its gone rows removed.</param>
    public async Task<ConversionResult> ConvertAsync(ConversionBatch batch, SourceSnapshot source, CancellationToken cancellationToken)
    {
        var result = new ConversionResult();
        await ConvertAsync(batch, source, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Converts a batch of typed mutations against the current source state, handing the results to
    /// <paramref name="into"/> part by part in sending order while the conversion goes on.
    /// </summary>
    /// <param name="source">The current state of all six connectors, this batch's new and changed rows included and its gone rows removed.</param>
    public async Task ConvertAsync(ConversionBatch batch, SourceSnapshot source, IConversionSink into, CancellationToken cancellationToken)
    {
        var today = Today(_clock);
        var context = new MappingContext(_profile, source, _definitions, today);
        var run = new ConversionRun(context, new BrAlgFactory(_definitions, _clock), new ValidationGate(_validator, _writer, _profile.Integration), _logger);
        source.PrepareIndexes();
        var counted = new CountingSink(into);
        var unreadable = new ConversionResult();
        foreach (var failure in batch.Unreadable)
        {
            run.Fail(unreadable, failure with { Integration = _profile.Integration });
        }
        await counted.AddAsync(unreadable, cancellationToken).ConfigureAwait(false);
        await new EmployerConversion(run).ConvertAsync(batch, counted, cancellationToken).ConfigureAwait(false);
        await new EmployeeConversion(run, _parallelism).ConvertAsync(batch.MedewerkerGegevens, batch.MedewerkerIban, counted, cancellationToken).ConfigureAwait(false);
        await new AbsenceConversion(run, _sequences, _parallelism).ConvertAsync(batch.Verzuim, counted, cancellationToken).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("Conversion {Integration}: {Messages} messages, {Failures} uitval, {Skipped} skipped",
                _profile.Integration, counted.Messages, counted.Failures, counted.Skipped);
        }
    }

    /// <summary>Converts stored mutations (canonical JSON) against the current source state.</summary>
    public Task<ConversionResult> ConvertAsync(IEnumerable<SourceMutation> mutations, SourceSnapshot source, CancellationToken cancellationToken) =>
        ConvertAsync(MutationBatches.From(mutations, _profile.Integration), source, cancellationToken);

    /// <summary>The conversion date: today in the Netherlands (the peildatum of Personeelssterkte, the cut-off of ended units).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(AmsterdamTime.ToLocal(clock.GetUtcNow()));

    /// <summary>Passes parts on and counts them for the run's log line.</summary>
    private sealed class CountingSink(IConversionSink inner) : IConversionSink
    {
        public int Messages { get; private set; }

        public int Failures { get; private set; }

        public int Skipped { get; private set; }

        public ValueTask AddAsync(ConversionResult part, CancellationToken cancellationToken)
        {
            Messages += part.Messages.Count;
            Failures += part.Failures.Count;
            Skipped += part.Skipped.Count;
            return inner.AddAsync(part, cancellationToken);
        }
    }
}
