namespace Assessment.Cli.Tests;

public sealed class PrioritisationRunTests
{
    [Fact]
    public async Task Run_BadConsultationExtract_StopsBeforeLoadingNamingFileLineAndColumn()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("consultation.csv", "theme,share,sample_size\nBurglary,0.3,400\nDrugs,1.7,400\n");
        var config = folder.Write("area.yaml", """
            partnership: Test partnership
            area:
              name: Test area
              lsoa_name_prefix: "Test "
            period:
              end_month: 2025-12
            inputs:
              police_uk: [in]
              consultation: consultation.csv
            output: out
            store: store.duckdb
            """);

        var (code, output) = await CliRunner.RunAsync(folder.Path, "run", "--config", config);

        Assert.Equal(2, code);
        // The console wraps long lines; compare with runs of white space made one space.
        var flat = System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");
        Assert.Contains("consultation.csv, line 3, column 2 (share): the share for \u201cDrugs\u201d is 1.7, above 1", flat, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("store.duckdb")));
    }
}
