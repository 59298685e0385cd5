using Platform.Host.Cli;

return await PlatformCommand.Create().Parse(args).InvokeAsync();
