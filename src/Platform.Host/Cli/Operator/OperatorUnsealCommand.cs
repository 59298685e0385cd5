using System.CommandLine;
using System.Text;
using Platform.Host.Cli.Api;
using Platform.Host.Cli.Output;

namespace Platform.Host.Cli.Operator;

/// <summary>
/// <c>platform operator unseal [KEY]</c>: gives this node one key share (hex or base64) and prints the seal status.
/// Without KEY it asks on standard input (hidden on a terminal, so the share stays out of shell history and off the
/// screen); <c>-reset</c> discards the shares given so far.
/// </summary>
internal static class OperatorUnsealCommand
{
    public static Command Create(CliContext context)
    {
        var key = new Argument<string?>("KEY") { Arity = ArgumentArity.ZeroOrOne, Description = "One unseal key share; asked for when absent." };
        var reset = new Option<bool>("-reset", "--reset") { Description = "Discard the key shares given so far." };
        var format = CliOutput.FormatOption();
        var command = new Command("unseal", "Give the server one unseal key share.") { key, reset, format };
        ApiCommandAction.Set(command, context, "unsealing", async (parse, client, ct) =>
        {
            object body;
            if (parse.GetValue(reset))
            {
                body = new Dictionary<string, bool> { ["reset"] = true };
            }
            else
            {
                var share = parse.GetValue(key) ?? Prompt(context.Input, parse.InvocationConfiguration.Error);
                if (string.IsNullOrWhiteSpace(share))
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync("Error unsealing: no unseal key given (pass it as KEY or type it when asked).");
                    return ExitCodes.Usage;
                }

                body = new Dictionary<string, string> { ["key"] = share.Trim() };
            }

            var status = await client.PutAsync("sys/unseal", body, ct);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                CliOutput.Json(output, status);
            }
            else
            {
                SealStatusTable.Print(output, status);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string? Prompt(TextReader input, TextWriter prompt)
    {
        // The prompt goes to stderr so that -format=json output stays parseable.
        prompt.Write("Unseal Key (will be hidden): ");
        prompt.Flush();
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }

        var typed = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var pressed && pressed.Key != ConsoleKey.Enter)
        {
            if (pressed.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(pressed.KeyChar))
            {
                typed.Append(pressed.KeyChar);
            }
        }

        prompt.WriteLine();
        return typed.ToString();
    }
}
