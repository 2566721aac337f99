using Gateway.Host.Cli;
using Gateway.Host.Hosting;

// files this process creates are its user's alone (see PrivateUmask); set here, at the process's own entry, so code
// that runs the CLI inside another process (tests, tools) does not change that process's umask
_ = PrivateUmask.Apply();
return await GatewayCli.RunAsync(args).ConfigureAwait(false);
