using System.Text;

namespace Platform.Host.Cli.Login;

/// <summary>
/// Reads a password the user did not put on the command line: from the terminal without echo (the prompt on
/// stderr, as Vault's CLI), or, when input is redirected or a test supplies it, one line of that input.
/// </summary>
internal static class PasswordPrompt
{
    public const string Prompt = "Password (will be hidden): ";

    public static string Read(TextReader input, TextWriter error)
    {
        error.Write(Prompt);
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            var line = input.ReadLine() ?? "";
            error.WriteLine();
            return line;
        }

        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        error.WriteLine();
        return password.ToString();
    }
}
