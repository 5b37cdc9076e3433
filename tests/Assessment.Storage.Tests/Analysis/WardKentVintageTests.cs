using Assessment.Core.Geography;
using Assessment.Core.Trends;
using Assessment.Storage.Analysis;

namespace Assessment.Storage.Tests.Analysis;

/// <summary>The LSOA-vintage check on all 16 real Kent months (over a thousand LSOAs, some seen only now and then).</summary>
public sealed class WardKentVintageTests(KentAccountingTests.KentStore kent) : IClassFixture<KentAccountingTests.KentStore>
{
    [Fact]
    public void LsoaByMonth_Kent_SumsToTheRowsWithAnLsoaAndShowsNoVintageChange()
    {
        AreaScope.Apply(kent.Store, new LsoaNamePrefixArea("Canterbury", "Canterbury "));
        var rows = new WardQueries(kent.Store).LsoaByMonth();

        var withLsoa = IndependentCount.StreetFiles(KentAccountingTests.KentStore.Folder).SelectMany(IndependentCount.Rows).Count(r => r[7].Length > 0);
        Assert.Equal(withLsoa, rows.Sum(r => r.Records));
        var findings = LsoaVintageCheck.Check(rows);
        Assert.True(findings.CodesChecked > 900, $"{findings.CodesChecked} codes");
        Assert.Empty(findings.Renames);
        Assert.Empty(findings.CodeChanges);
    }
}
