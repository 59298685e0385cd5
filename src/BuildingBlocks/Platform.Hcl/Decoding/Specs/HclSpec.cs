using Platform.Hcl.Diagnostics;
using Platform.Hcl.Evaluation;

namespace Platform.Hcl.Decoding.Specs;

/// <summary>
/// One node of an hcldec-style decoding specification: it says what to read from a body and what value to build
/// from it. Specs that read the same body (object, array, attr, default, transform) contribute to one schema for
/// that body; block specs open a new body for their nested spec. Specs are immutable and reusable.
/// Decode them with <see cref="HclSpecDecoder"/>.
/// </summary>
public abstract class HclSpec
{
    private protected HclSpec()
    {
    }

    /// <summary>The type of the value this spec produces, as far as it is known without input (cty's implied type).</summary>
    public abstract HclType ImpliedType { get; }

    /// <summary>Adds what this spec needs from the current body to the schema being built.</summary>
    internal abstract void AddToSchema(SpecSchemaBuilder schema);

    /// <summary>Builds the value from the content the combined schema read from the current body.</summary>
    internal abstract HclValue Decode(BodyContent content, SpecDecodeScope scope);

    /// <summary>Collects the variable references decoding would evaluate, without evaluating anything.</summary>
    internal abstract void CollectVariables(BodyContent content, List<HclTraversal> found);
}
