using System.CommandLine;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Formatting;

namespace Platform.Host.Cli.Hcl;

/// <summary>
/// <c>platform hcl fmt [-check] [-recursive] FILE|DIR|- ...</c>, like <c>terraform fmt</c>: rewrites files into the
/// canonical layout and lists those it changed; <c>-check</c> writes nothing, lists the files that would change and
/// exits 3 if there are any; <c>-</c> formats stdin to stdout (with <c>-check</c>: prints nothing, exit 3 if it is not
/// formatted, as <c>terraform fmt -check -</c> does). A file with syntax errors is left untouched (exit 1).
/// </summary>
internal static class HclFmtCommand
{
    private static readonly string[] DirectoryPatterns = ["*.tf", "*.tfvars", "*.hcl", "*.nomad"];

    public static Command Create(TextReader input)
    {
        var targets = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or directories (default: the current directory); - for stdin." };
        var check = new Option<bool>("-check", "--check") { Description = "Write nothing; exit 3 if any input is not formatted." };
        var recursive = new Option<bool>("-recursive", "--recursive") { Description = "Also process subdirectories." };
        var command = new Command("fmt", "Rewrite HCL files in the canonical format.") { targets, check, recursive };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var given = parse.GetValue(targets) is { Length: > 0 } t ? t : ["."];
            if (given.Contains("-"))
            {
                return FormatStdin(input, parse.GetValue(check), output, error);
            }

            var exit = ExitCodes.Success;
            foreach (var path in Expand(given, parse.GetValue(recursive), error, ref exit))
            {
                var source = HclSourceReader.Read(path, error);
                if (source is null || source.IsJsonSyntax)
                {
                    if (source is not null)
                    {
                        error.WriteLine($"{path}: Only native-syntax HCL files can be formatted; this one is HCL's JSON syntax.");
                    }

                    exit = ExitCodes.Error;
                    continue;
                }

                var formatted = HclFormatter.Format(source.Text, path);
                if (formatted.Diagnostics.Any(d => d.Severity == Severity.Error))
                {
                    DiagnosticPrinter.Print(formatted.Diagnostics, error);
                    exit = ExitCodes.Error;
                    continue;
                }

                if (formatted.Value == source.Text)
                {
                    continue;
                }

                output.WriteLine(path);
                if (parse.GetValue(check))
                {
                    exit = exit == ExitCodes.Success ? ExitCodes.NotFormatted : exit;
                }
                else
                {
                    File.WriteAllText(path, formatted.Value);
                }
            }

            return exit;
        });
        return command;
    }

    private static int FormatStdin(TextReader input, bool check, TextWriter output, TextWriter error)
    {
        var text = input.ReadToEnd();
        var formatted = HclFormatter.Format(text, "<stdin>");
        DiagnosticPrinter.Print(formatted.Diagnostics, error);
        if (formatted.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return ExitCodes.Error;
        }

        if (check)
        {
            return formatted.Value == text ? ExitCodes.Success : ExitCodes.NotFormatted;
        }

        output.Write(formatted.Value);
        return ExitCodes.Success;
    }

    private static IEnumerable<string> Expand(string[] paths, bool recursive, TextWriter error, ref int exit)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
                files.AddRange(DirectoryPatterns.SelectMany(p => Directory.EnumerateFiles(path, p, option)).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                error.WriteLine($"{path}: No such file or directory");
                exit = ExitCodes.Error;
            }
        }

        return files;
    }
}
