namespace Platform.Hcl.Evaluation;

/// <summary>
/// A function refused its arguments or failed. With an <see cref="ArgumentIndex"/> the evaluator reports
/// "Invalid function argument" pointing at that argument ("Invalid value for \"name\" parameter: ..."),
/// otherwise "Error in function call" ("Call to function \"f\" failed: ...").
/// </summary>
public sealed class FunctionCallException : Exception
{
    public FunctionCallException(int? argumentIndex, string message)
        : base(message)
    {
        ArgumentIndex = argumentIndex;
    }

    public FunctionCallException(string message)
        : this(null, message)
    {
    }

    /// <summary>The zero-based position of the offending argument in the call (variadic ones included), if any.</summary>
    public int? ArgumentIndex { get; }
}
