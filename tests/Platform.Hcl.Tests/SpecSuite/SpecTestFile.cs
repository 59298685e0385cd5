using Platform.Hcl.Decoding;
using Platform.Hcl.Decoding.Typed;

namespace Platform.Hcl.Tests.SpecSuite;

/// <summary>
/// The model of a spec-suite <c>.t</c> expectation file (format of HashiCorp's hclspecsuite), decoded with our own
/// <see cref="HclModelDecoder"/>: an expected result and/or result type, expected diagnostics with their ranges,
/// and optionally the exact set of variable traversals the input references.
/// </summary>
public sealed class SpecTestFile
{
    [HclAttribute("result", Optional = true)]
    public IHclExpression? Result { get; set; }

    [HclAttribute("result_type", Optional = true)]
    public IHclExpression? ResultType { get; set; }

    [HclBlock("traversals")]
    public ExpectedTraversals? Traversals { get; set; }

    [HclBlock("diagnostics")]
    public ExpectedDiagnostics? Diagnostics { get; set; }

    public sealed class ExpectedDiagnostics
    {
        [HclBlock("error")]
        public List<ExpectedRange> Errors { get; set; } = [];

        [HclBlock("warning")]
        public List<ExpectedRange> Warnings { get; set; } = [];
    }

    public sealed class ExpectedTraversals
    {
        [HclBlock("expect")]
        public List<ExpectedTraversal> Expect { get; set; } = [];
    }

    public sealed class ExpectedTraversal
    {
        [HclAttribute("ref")]
        public IHclExpression Ref { get; set; } = null!;

        [HclBlock("range")]
        public ExpectedRange? Range { get; set; }
    }

    public sealed class ExpectedRange
    {
        [HclBlock("from")]
        public ExpectedPosition From { get; set; } = new();

        [HclBlock("to")]
        public ExpectedPosition To { get; set; } = new();
    }

    public sealed class ExpectedPosition
    {
        [HclAttribute("line")]
        public int Line { get; set; }

        [HclAttribute("column")]
        public int Column { get; set; }

        [HclAttribute("byte")]
        public int Byte { get; set; }
    }
}
