using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// A decoding specification read from an <c>.hcldec</c> file: the root spec, and the variables the file predefines
/// for the input's expressions (its <c>variables</c> block).
/// </summary>
public sealed record HclSpecFile(HclSpec Root, IReadOnlyDictionary<string, HclValue> Variables);
