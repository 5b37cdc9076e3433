namespace Assessment.Core.Reporting;

/// <summary>Terms and their definitions, e.g. a glossary; rendered as an HTML description list.</summary>
public sealed record DefinitionListBlock(IReadOnlyList<Definition> Definitions) : ReportBlock;
