using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// A decoding specification read from an <c>.hcldec</c> file: the root spec, and the variables and functions the
/// file defines for the input's expressions (its <c>variables</c> and <c>function</c> blocks).
/// </summary>
public sealed record HclSpecFile(HclSpec Root, IReadOnlyDictionary<string, HclValue> Variables, IReadOnlyDictionary<string, HclFunction> Functions)
{
    /// <summary>A context holding the file's variables and functions, for decoding an input with <see cref="Root"/>.</summary>
    public EvalContext CreateContext()
    {
        var context = new EvalContext();
        foreach (var (name, value) in Variables)
        {
            context.WithVariable(name, value);
        }

        foreach (var (name, function) in Functions)
        {
            context.WithFunction(name, function);
        }

        return context;
    }
}
