using System.Text.Json;
using System.Text.Json.Nodes;
using Assessment.Core.Results;

namespace Assessment.Core.Tests.Results;

public sealed class AssessmentResultsJsonTests
{
    [Fact]
    public void Serialize_FullAndMinimalDocuments_AreValidAgainstTheSchemaFile()
    {
        Assert.Empty(AssessmentSchema.Errors(AssessmentResultsJson.Serialize(ResultsDocuments.Full())));
        Assert.Empty(AssessmentSchema.Errors(AssessmentResultsJson.Serialize(ResultsDocuments.Minimal())));
    }

    [Fact]
    public void Serialize_ThenDeserialize_GivesTheSameDocument()
    {
        var written = AssessmentResultsJson.Serialize(ResultsDocuments.Full());

        var read = AssessmentResultsJson.Deserialize(written);

        Assert.Equal(written, AssessmentResultsJson.Serialize(read));
        Assert.Equal(ResultsDocuments.Full().Run with { AreaDefinition = read.Run.AreaDefinition }, read.Run);
        Assert.Equal(["Test "], read.Run.AreaDefinition.Values);
        Assert.Equal(600, read.CrimeCounts[0].CurrentCount);
        Assert.Null(read.YearOnYear[3].RateRatio);
        Assert.Equal(2, read.Prioritisation!.Candidates[1].Rank);
        Assert.Equal("amber", read.Measures![1].Status);
    }

    [Fact]
    public void Serialize_WritesSnakeCaseNamesAndNullsButNoComputedTotals()
    {
        var json = AssessmentResultsJson.Serialize(ResultsDocuments.Full());

        Assert.Contains("\"schema_version\": \"1.0\"", json, StringComparison.Ordinal);
        Assert.Contains("\"current_count\": 600", json, StringComparison.Ordinal);
        Assert.Contains("\"rate_ratio\": 0.857", json, StringComparison.Ordinal);
        Assert.Contains("\"rate_ratio\": null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("current_total_count", json, StringComparison.Ordinal);
        Assert.DoesNotContain("is_significant", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("crime_counts")]
    [InlineData("measures")]
    public void Schema_DocumentMissingARequiredField_IsRejectedByTheSchemaAndTheReader(string field)
    {
        var node = JsonNode.Parse(AssessmentResultsJson.Serialize(ResultsDocuments.Full()))!.AsObject();
        node.Remove(field);
        var json = node.ToJsonString();

        Assert.Contains(AssessmentSchema.Errors(json), e => e.Contains(field, StringComparison.Ordinal));
        Assert.Throws<JsonException>(() => AssessmentResultsJson.Deserialize(json));
    }

    [Fact]
    public void Schema_NestedCountMissingOrNegative_IsRejected()
    {
        var node = JsonNode.Parse(AssessmentResultsJson.Serialize(ResultsDocuments.Full()))!.AsObject();
        node["crime_counts"]![0]!.AsObject().Remove("previous_count");
        node["hotspots"]![0]!["count"] = -1;

        var errors = AssessmentSchema.Errors(node.ToJsonString());

        Assert.Contains(errors, e => e.StartsWith("/crime_counts/0", StringComparison.Ordinal) && e.Contains("previous_count", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/hotspots/0/count", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2.0", false)]
    [InlineData("1.7", true)]
    [InlineData("1", false)]
    [InlineData(null, false)]
    public void IsSupported_ReadsMajorVersionOneOnly(string? version, bool supported)
    {
        Assert.Equal(supported, AssessmentResultsJson.IsSupported(version));
        var node = JsonNode.Parse(AssessmentResultsJson.Serialize(ResultsDocuments.Minimal()))!.AsObject();
        node["schema_version"] = version;
        Assert.Equal(version, AssessmentResultsJson.SchemaVersionOf(node.ToJsonString()));
    }

    [Fact]
    public void Schema_VersionOfAnotherMajor_IsRejectedByTheSchema()
    {
        var node = JsonNode.Parse(AssessmentResultsJson.Serialize(ResultsDocuments.Minimal()))!.AsObject();
        node["schema_version"] = "2.0";

        Assert.Contains(AssessmentSchema.Errors(node.ToJsonString()), e => e.StartsWith("/schema_version", StringComparison.Ordinal));
    }

    [Fact]
    public void SchemaFile_DescribesEveryProperty()
    {
        var schema = JsonNode.Parse(File.ReadAllText(AssessmentSchema.Path))!;
        var missing = new List<string>();
        void Walk(JsonNode? node, string path)
        {
            if (node is not JsonObject obj) return;
            if (obj["properties"] is JsonObject properties)
                foreach (var (name, property) in properties)
                    if (property?["description"] is null) missing.Add($"{path}/{name}");
            foreach (var (name, child) in obj) Walk(child, $"{path}/{name}");
        }
        Walk(schema, "");

        Assert.Empty(missing);
    }
}
