using Platform.Host.Cli;

return PlatformCli.Run(args);
