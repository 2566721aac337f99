using System.Threading.Channels;
using Sivi.Schemas.Validation;

namespace Gateway.Host.Cli.Validate;

/// <summary>
/// Validates inputs on up to <c>degree</c> threads while handing verdicts on in input order. At most a small window of
/// verdicts is in flight, so memory stays bounded however many files there are.
/// </summary>
internal sealed class OrderedParallelValidation(SiviValidator validator, string? release, int degree)
{
    public async Task RunAsync(IEnumerable<ValidationInput> inputs, Func<FileVerdict, ValueTask> onVerdict, CancellationToken cancellationToken)
    {
        var window = Channel.CreateBounded<Task<FileVerdict>>(new BoundedChannelOptions(degree * 4)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var slots = new SemaphoreSlim(degree);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(inputs, window.Writer, slots, stop.Token), stop.Token);
        try
        {
            await foreach (var pending in window.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await onVerdict(await pending.ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        await producer.ConfigureAwait(false);
    }

    private async Task ProduceAsync(IEnumerable<ValidationInput> inputs, ChannelWriter<Task<FileVerdict>> window, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var input in inputs)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var verdict = Task.Run(() => ValidateAsync(input, slots, cancellationToken), cancellationToken);
                await window.WriteAsync(verdict, cancellationToken).ConfigureAwait(false);
            }
            window.Complete();
        }
        catch (Exception e)
        {
            window.Complete(e);
            throw;
        }
    }

    private async Task<FileVerdict> ValidateAsync(ValidationInput input, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            if (input.Problem is not null)
            {
                return new FileVerdict(input.Path, null, input.Problem);
            }
            var result = await validator.ValidateFileAsync(input.Path, release, cancellationToken).ConfigureAwait(false);
            return new FileVerdict(input.Path, result, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileVerdict(input.Path, null, "cannot read file: " + e.Message);
        }
        finally
        {
            slots.Release();
        }
    }
}
