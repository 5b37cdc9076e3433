namespace Assessment.Cli.Tests;

/// <summary>Writes a small configuration of its own for a test run (the sample's belongs to Canterbury and may not be borrowed).</summary>
internal static class TestConfiguration
{
    /// <summary>Writes <c>area.yaml</c> in <paramref name="folder"/>, with output and store inside it, and returns its path.</summary>
    /// <param name="folder">Where the file, the output and the store go.</param>
    /// <param name="area">The lines under <c>area:</c> after its name, e.g. <c>lsoa_name_prefix: "Dover "</c>.</param>
    /// <param name="input">The police.uk folder.</param>
    /// <param name="boundaries">The lines under <c>boundaries:</c> (each indented two spaces), or null for none.</param>
    /// <param name="months">The assessment period's length, ending 2025-12.</param>
    public static string Write(TemporaryDirectory folder, string area, string input, string? boundaries = null, int months = 12)
    {
        var path = folder.Combine("area.yaml");
        File.WriteAllText(path, $"""
            partnership: Test partnership
            area:
              name: Test area
              {area}
            period:
              end_month: 2025-12
              months: {months}
            inputs:
              police_uk:
                - {input}
            {(boundaries is null ? "" : "boundaries:\n" + boundaries)}
            output: out
            store: store.duckdb
            """);
        return path;
    }
}
