namespace Assessment.Core.Reporting;

/// <summary>One term and its meaning; the meaning may use <c>**strong**</c>/<c>*emphasis*</c>.</summary>
public sealed record Definition(string Term, string Meaning);
