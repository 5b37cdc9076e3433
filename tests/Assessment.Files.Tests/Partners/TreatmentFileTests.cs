using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;

namespace Assessment.Files.Tests.Partners;

/// <summary>Treatment figures in the NDTMS shape: the synthetic sample, and every bad input as a small CSV.</summary>
public sealed class TreatmentFileTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.DataSamples, "ndtms-treatment-synthetic.csv");
    private const string Header = "period,area_code,area_name,substance_group,in_treatment,new_presentations,successful_completions,re_presentations";

    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_SyntheticSample_LoadsEveryRowWithoutRejects()
    {
        var lines = File.ReadAllLines(Sample).Skip(1).Where(l => l.Length > 0).ToList();

        var extract = ReadSample();

        Assert.Empty(extract.Rejects);
        Assert.Equal(lines.Count, extract.Records.Count);
        // Four groups for each of Canterbury's and England's years.
        Assert.Equal(lines.Count(l => l.Contains(",E07000106,", StringComparison.Ordinal)), extract.Records.Count(r => r.AreaCode == "E07000106"));
        Assert.Equal(4, extract.Records.Where(r => r.AreaCode == "E07000106").Select(r => r.Group).Distinct().Count());
        // The sample suppresses counts below five as "*": missing, never zero.
        var suppressed = lines.Count(l => l.EndsWith(",*", StringComparison.Ordinal));
        Assert.True(suppressed > 0);
        Assert.Equal(suppressed, extract.Records.Count(r => r.RePresentations is null));
    }

    [Fact]
    public void Read_SyntheticSample_HasCanterburySizedMagnitudes()
    {
        var opiate = ReadSample().Records.Where(r => r.AreaCode == "E07000106" && r.Group == SubstanceGroup.Opiate).ToList();

        Assert.All(opiate, r => Assert.InRange(r.InTreatment!.Value, 380, 560));
    }

    [Fact]
    public void Read_NdtmsLabelsAndSlashYears_AreAccepted()
    {
        var path = folder.Write("t.csv", $"{Header}\n2021/22,E07000106,Canterbury,Non-opiate only,120,70,30,3\n2021-22,E07000106,Canterbury,ALCOHOL ONLY,240,170,80,8\n");

        var records = ReadSample(path).Records;

        Assert.Equal([SubstanceGroup.NonOpiate, SubstanceGroup.Alcohol], records.Select(r => r.Group));
        Assert.All(records, r => Assert.Equal("2021-22", r.Period));
    }

    [Fact]
    public void Read_MissingColumn_RefusesTheFileNamingIt()
    {
        var path = folder.Write("m.csv", "period,area_code,substance_group,in_treatment\n2021-22,E07000106,opiate,400\n");

        var error = Assert.Throws<ConfigurationException>(() => TreatmentFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("\"successful_completions\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-22,E07000106,Canterbury,opiate,four hundred,70,30,3", "in_treatment", ExtractReject.NotNumeric)]
    [InlineData("2021-22,E07000106,Canterbury,opiate,400.5,70,30,3", "in_treatment", ExtractReject.NotNumeric)]
    [InlineData("2021-22,E07000106,Canterbury,cannabis,400,70,30,3", "substance_group", ExtractReject.UnknownCategory)]
    [InlineData("2021-22,E07000106,Canterbury,opiate,400,-70,30,3", "new_presentations", ExtractReject.Negative)]
    [InlineData("2021,E07000106,Canterbury,opiate,400,70,30,3", "period", ExtractReject.UnknownPeriod)]
    [InlineData("2021-23,E07000106,Canterbury,opiate,400,70,30,3", "period", ExtractReject.UnknownPeriod)]
    [InlineData("2021-22,,Canterbury,opiate,400,70,30,3", "area_code", ExtractReject.Missing)]
    [InlineData("2021-22,E07000106,Canterbury,opiate,20,10,30,3", "successful_completions", ExtractReject.Inconsistent)]
    [InlineData("2021-22,E07000106,Canterbury,opiate,400,70,30,31", "re_presentations", ExtractReject.Inconsistent)]
    public void Read_BadValue_IsRejectedWithLineColumnAndReason(string row, string column, string errorType)
    {
        var path = folder.Write("b.csv", $"{Header}\n2020-21,E07000106,Canterbury,opiate,400,70,30,3\n{row}\n");

        var extract = TreatmentFile.Read(path);

        Assert.Single(extract.Records);
        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((path, 3L, column, errorType), (reject.File, reject.Row, reject.Column, reject.ErrorType));
        Assert.False(string.IsNullOrWhiteSpace(reject.Reason));
    }

    [Fact]
    public void Read_DuplicatedPeriod_KeepsTheFirst()
    {
        var path = folder.Write("d.csv", $"{Header}\n2021-22,E07000106,Canterbury,opiate,400,70,30,3\n2021-22,E07000106,Canterbury,Opiate,410,70,30,3\n2021-22,E92000001,England,opiate,140000,20000,7000,1100\n");

        var extract = TreatmentFile.Read(path);

        Assert.Equal([400L, 140000L], extract.Records.Select(r => r.InTreatment!.Value));
        var reject = Assert.Single(extract.Rejects);
        Assert.Equal((3L, ExtractReject.DuplicatePeriod), (reject.Row, reject.ErrorType));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("[c]")]
    [InlineData("[x]")]
    [InlineData(":")]
    [InlineData("..")]
    [InlineData("")]
    public void Read_SuppressedCount_IsMissingNeverZero(string marker)
    {
        var path = folder.Write("s.csv", $"{Header}\n2021-22,E07000106,Canterbury,opiate,400,{marker},{marker},{marker}\n");

        var record = Assert.Single(TreatmentFile.Read(path).Records);

        Assert.Equal((400L, (long?)null, (long?)null, (long?)null), (record.InTreatment!.Value, record.NewPresentations, record.SuccessfulCompletions, record.RePresentations));
    }

    private static PartnerExtract<TreatmentRecord> ReadSample(string? path = null) => TreatmentFile.Read(path ?? Sample);
}
