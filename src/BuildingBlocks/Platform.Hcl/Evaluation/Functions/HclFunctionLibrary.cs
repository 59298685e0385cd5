namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's built-in function library (string, collection, numeric, encoding, filesystem, hash, IP network,
/// date/time, type conversion, <c>try</c>/<c>can</c>, sensitivity), with Terraform's semantics and messages.
/// </summary>
/// <example>
/// <code>
/// var context = HclFunctionLibrary.NewContext(baseDirectory: "/srv/infra");
/// context.WithVariable("name", HclValue.FromString("web"));
/// var result = HclEvaluator.Evaluate(expression, context);
/// </code>
/// </example>
public static class HclFunctionLibrary
{
    /// <summary>
    /// The function table. <paramref name="baseDirectory"/> is where relative paths given to <c>file</c>,
    /// <c>templatefile</c>, <c>fileset</c> and the file hashes point (the configuration's directory);
    /// <paramref name="timeProvider"/> is the clock of <c>timestamp</c> (the system clock when null).
    /// <paramref name="confineFilesToBaseDirectory"/> refuses any path outside the base directory (after <c>..</c>
    /// and symbolic links): set it wherever the configuration comes from someone other than the machine's owner.
    /// </summary>
    public static IReadOnlyDictionary<string, HclFunction> Create(
        string baseDirectory = ".", TimeProvider? timeProvider = null, bool confineFilesToBaseDirectory = false)
    {
        var files = new ConfigurationFiles(baseDirectory, confineFilesToBaseDirectory);
        var table = new Dictionary<string, HclFunction>(StringComparer.Ordinal);
        var families = NumericFunctions.All()
            .Concat(StringFunctions.All())
            .Concat(RegexFunctions.All())
            .Concat(CollectionFunctions.All())
            .Concat(SequenceFunctions.All())
            .Concat(MapAndSetFunctions.All())
            .Concat(EncodingFunctions.All())
            .Concat(FilesystemFunctions.All(files, () => table))
            .Concat(HashFunctions.All(files))
            .Concat(DateTimeFunctions.All(timeProvider ?? TimeProvider.System))
            .Concat(IpNetworkFunctions.All())
            .Concat(TypeConversionFunctions.All());
        foreach (var (name, function) in families)
        {
            table.Add(name, function);
        }

        return table;
    }

    /// <summary>A new evaluation context holding the whole library (see <see cref="Create"/>), ready for variables.</summary>
    public static EvalContext NewContext(
        string baseDirectory = ".", TimeProvider? timeProvider = null, bool confineFilesToBaseDirectory = false)
    {
        var context = new EvalContext();
        foreach (var (name, function) in Create(baseDirectory, timeProvider, confineFilesToBaseDirectory))
        {
            context.Functions[name] = function;
        }

        return context;
    }
}
