using Gateway.Host.Cli;

return await GatewayCli.RunAsync(args).ConfigureAwait(false);
