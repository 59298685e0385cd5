namespace Platform.Hcl.Tests.Parsing;

/// <summary>How a corpus file is meant to be parsed, as SOURCES.tsv's hcl2_parse column was produced.</summary>
public enum CorpusMode
{
    Config,
    Expression,
    Template,
    Traversal,
}
