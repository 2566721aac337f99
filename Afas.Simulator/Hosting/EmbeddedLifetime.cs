using Microsoft.Extensions.Hosting;

namespace Afas.Simulator.Hosting;

/// <summary>
/// Keeps the simulator's web host away from process signals (the default console lifetime would swallow
/// Ctrl+C/SIGTERM): whoever embeds the simulator decides when to stop it by disposing the server.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
