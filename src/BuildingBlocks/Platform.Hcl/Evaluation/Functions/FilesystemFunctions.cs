using System.Text;
using System.Text.RegularExpressions;
using Platform.Hcl.Diagnostics;
using Platform.Hcl.Parsing;
using Platform.Hcl.Syntax.Expressions;
using static Platform.Hcl.Evaluation.Functions.FunctionTable;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's filesystem functions, reading relative to the configuration's base directory. Path functions
/// work on text with Go's path/filepath rules for this platform ("/" separated here).
/// </summary>
internal static class FilesystemFunctions
{
    private static readonly HclFunction RecursionStub = new()
    {
        Parameters = [Param("path", HclType.String), Param("vars", HclType.Dynamic)],
        ReturnType = _ => throw new FunctionCallException("cannot recursively call templatefile from inside templatefile call"),
        Implementation = _ => throw new FunctionCallException("cannot recursively call templatefile from inside templatefile call"),
    };

    private static readonly Regex Identifier = new("^[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant);

    /// <param name="files">Where relative paths point.</param>
    /// <param name="templateFunctions">The functions a template may call (the full table, given late because it contains this family).</param>
    public static IEnumerable<KeyValuePair<string, HclFunction>> All(ConfigurationFiles files, Func<IReadOnlyDictionary<string, HclFunction>> templateFunctions)
    {
        yield return new("abspath", StringToString(p => GoClean(Path.GetFullPath(FileSystemPath(p), files.BaseDirectory))));
        yield return new("basename", StringToString(Basename));
        yield return new("dirname", StringToString(Dirname));
        yield return new("pathexpand", StringToString(ConfigurationFiles.ExpandHome));
        yield return new("file", Define([Param("path", HclType.String)], HclType.String, a => Str(files.ReadText(a[0].AsString()))));
        yield return new("filebase64", Define([Param("path", HclType.String)], HclType.String, a => Str(Convert.ToBase64String(files.ReadBytes(a[0].AsString())))));
        yield return new("fileexists", Define([Param("path", HclType.String)], HclType.Bool, a => FileExists(files, a[0].AsString())));
        yield return new("fileset", Define([Param("path", HclType.String), Param("pattern", HclType.String)], HclType.Set(HclType.String), a => FileSet(files, a[0].AsString(), a[1].AsString())));
        yield return new("templatefile", Define([Param("path", HclType.String), Param("vars", HclType.Dynamic)], HclType.Dynamic,
            a => TemplateFile(files, a[0].AsString(), a[1], templateFunctions())));
    }

    private static string FileSystemPath(string path) => ConfigurationFiles.ExpandHome(path);

    // Go's filepath.Clean, enough for absolute paths: no duplicate or trailing separators, no "." segments.
    private static string GoClean(string path)
    {
        var rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            if (part == ".." && rooted)
            {
                continue;
            }

            parts.Add(part);
        }

        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    private static string Basename(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var trimmed = path.TrimEnd('/');
        if (trimmed.Length == 0)
        {
            return "/";
        }

        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed[(slash + 1)..];
    }

    private static string Dirname(string path)
    {
        var slash = path.LastIndexOf('/');
        var directory = slash < 0 ? "" : path[..(slash + 1)];
        return GoClean(directory.Length == 0 ? "." : directory);
    }

    private static HclValue FileExists(ConfigurationFiles files, string path)
    {
        var full = files.Resolve(path);
        if (Directory.Exists(full))
        {
            throw new FunctionCallException($"\"{Path.GetFullPath(full)}\" is a directory, not a file");
        }

        return HclValue.FromBool(File.Exists(full));
    }

    private static HclValue FileSet(ConfigurationFiles files, string path, string pattern)
    {
        var root = files.Resolve(path);
        Regex matcher;
        try
        {
            matcher = new Regex(GlobToRegex(pattern), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (ArgumentException e)
        {
            throw new FunctionCallException(1, $"failed to glob pattern ({pattern}): {e.Message}");
        }

        if (!Directory.Exists(root))
        {
            return HclValue.EmptySet(HclType.String);
        }

        var matches = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => matcher.IsMatch(p))
            .Select(Str)
            .ToList();
        return matches.Count == 0 ? HclValue.EmptySet(HclType.String) : HclValue.Set(HclType.String, matches);
    }

    // doublestar's glob: "**" any number of directories, "*" and "?" within one name, [classes], {alternatives}.
    internal static string GlobToRegex(string pattern)
    {
        var output = new StringBuilder("^");
        var braceDepth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                    output.Append(slashAfter ? "(?:[^/]*/)*" : ".*");
                    i += slashAfter ? 2 : 1;
                    break;
                case '*':
                    output.Append("[^/]*");
                    break;
                case '?':
                    output.Append("[^/]");
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        throw new FunctionCallException(1, $"failed to glob pattern ({pattern}): syntax error in pattern");
                    }

                    var body = pattern[(i + 1)..close];
                    output.Append('[').Append(body.StartsWith('!') ? "^" + body[1..] : body).Append(']');
                    i = close;
                    break;
                case '{':
                    braceDepth++;
                    output.Append("(?:");
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    output.Append(')');
                    break;
                case ',' when braceDepth > 0:
                    output.Append('|');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    output.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    output.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return output.Append('$').ToString();
    }

    private static HclValue TemplateFile(ConfigurationFiles files, string path, HclValue vars, IReadOnlyDictionary<string, HclFunction> functions)
    {
        if (!(vars.Type.IsMap || vars.Type.IsObject) || vars.IsNull)
        {
            throw new FunctionCallException(1, "invalid vars value: must be a map");
        }

        var text = files.ReadText(path);
        var parsed = HclParser.ParseTemplate(text, path);
        if (parsed.HasErrors)
        {
            throw new FunctionCallException(0, Describe(parsed.Diagnostics));
        }

        var context = new EvalContext();
        foreach (var (name, value) in vars.Entries)
        {
            if (!Identifier.IsMatch(name))
            {
                throw new FunctionCallException(1, $"invalid template variable name \"{name}\": must start with a letter, followed by zero or more letters, digits, and underscores");
            }

            context.Variables[name] = value;
        }

        // Named before evaluating, as Terraform does, so the message says the vars argument lacks it.
        foreach (var reference in ExpressionVariables.Collect(parsed.Value))
        {
            if (!context.Variables.ContainsKey(reference.RootName))
            {
                throw new FunctionCallException(1, $"vars map does not contain key \"{reference.RootName}\", referenced at {reference.Traversal[0].Range}");
            }
        }

        foreach (var (name, function) in functions)
        {
            context.Functions[name] = name == "templatefile" ? RecursionStub : function;
        }

        var result = HclEvaluator.Evaluate(parsed.Value, context);
        return result.HasErrors ? throw new FunctionCallException(Describe(result.Diagnostics)) : result.Value;
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
}
