using Assessment.Core.Reporting.ActionPlans;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Tests.Trends;
using Assessment.Core.Trends;

namespace Assessment.Core.Tests.ActionPlans;

/// <summary>
/// RAG statuses from hand-made counts whose verdicts are not in doubt: 2024 against 2025, twelve months each, a small
/// month-to-month wobble so the dispersion can be estimated. Violence falls by 30% on 100 a month (significant), public
/// order moves by 1 a month on 50 (not significant), ASB doubles from 40 a month (significant rise).
/// </summary>
public sealed class MeasureAssessorTests
{
    private static readonly YearMonth First = new(2024, 1);

    private static long[] Year(long level, long wobble) => [.. Enumerable.Range(0, 12).Select(i => level + (i % 2 == 0 ? wobble : -wobble))];

    private static readonly TrendInput Input = TrendInputs.Build(new YearMonth(2025, 12), 12, TrendInputs.Months(First, 24),
        new Dictionary<string, IReadOnlyDictionary<YearMonth, long>>
        {
            ["Violence and sexual offences"] = TrendInputs.Series(First, [.. Year(100, 6), .. Year(70, 6)]),
            ["Public order"] = TrendInputs.Series(First, [.. Year(50, 4), .. Year(51, 4)]),
            ["Anti-social behaviour"] = TrendInputs.Series(First, [.. Year(40, 3), .. Year(80, 3)]),
        });

    private static readonly TrendFindings Trends = TrendAnalysis.Run(Input);

    private static MeasureEvidence Evidence(TrendInput? input = null) => new(Input.Period) { PoliceUk = input ?? Input, Trends = input is null ? Trends : null };

    private static ActionPlanItem Action(params PlanMeasure[] measures) =>
        new("Night-time economy and violence", "Run targeted night-time operations", "Kent Police", "April 2025 to March 2026", "", RagStatus.NotAssessed)
        {
            Id = "night-time-economy-3",
            PriorityId = "night-time-economy",
            Measures = measures,
        };

    private static PlanMeasure Bound(string metric, MeasureDirection direction, string[]? crimeTypes = null, string[]? wards = null, string? theme = null) =>
        new("Measure", new MeasureBinding(metric, direction, "plan.yaml, line 1, column 1") { CrimeTypes = crimeTypes ?? [], Wards = wards ?? [], Theme = theme }, RagStatus.NotAssessed, null);

    private static MeasureAssessment AssessOne(PlanMeasure measure, MeasureEvidence? evidence = null) =>
        Assert.Single(MeasureAssessor.Assess([Action(measure)], evidence ?? Evidence()));

    [Fact]
    public void SignificantFall_OnReduce_IsGreenWithItsEvidence()
    {
        var result = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Violence and sexual offences"]));

        Assert.Equal((RagStatus.Green, "Green", MeasureStatusSource.Computed, YoyVerdict.SignificantDecrease), (result.Status, result.StatusLabel, result.Source, result.Verdict));
        Assert.Equal((1200.0, 840.0, 12), (result.Baseline, result.Current, result.MonthsCompared));
        Assert.Equal(-0.3, result.Change!.Value, 12);
        Assert.True(result.Interval!.Value.Upper < 1);
        Assert.Equal("Violence and sexual offences: 1,200 in January 2024 to December 2024, 840 in January 2025 to December 2025 (−30.0%; rate ratio 0.70, 95% interval "
            + $"{result.Interval.Value.Lower:0.00} to {result.Interval.Value.Upper:0.00}): significant decrease.", result.Evidence);
        Assert.Equal(("night-time-economy-3", "night-time-economy"), (result.ActionId, result.PriorityId));
    }

    [Fact]
    public void OneCrimeTypeOverTheArea_TakesTheTrendAnalysisComparison()
    {
        var result = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Public order"]));
        var trend = Trends.YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, "Public order"))!;

        Assert.Equal((trend.RateRatio, trend.Interval, trend.Verdict), (result.RateRatio!.Value, result.Interval!.Value, result.Verdict!.Value));
    }

    [Fact]
    public void NoSignificantChange_IsAmberAndSaysSo()
    {
        var result = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Public order"]));

        Assert.Equal((RagStatus.Amber, YoyVerdict.NoSignificantChange), (result.Status, result.Verdict));
        Assert.Equal("Amber: no significant change", result.StatusLabel);
        Assert.EndsWith("): no significant change.", result.Evidence, StringComparison.Ordinal);
        Assert.True(result.Interval!.Value.Contains(1));
    }

    [Fact]
    public void SignificantRise_OnReduce_IsRedAndOnIncrease_IsGreen()
    {
        var reduce = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Anti-social behaviour"]));
        var increase = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Increase, ["Anti-social behaviour"]));

        Assert.Equal((RagStatus.Red, YoyVerdict.SignificantIncrease), (reduce.Status, reduce.Verdict));
        Assert.EndsWith("significant increase, against the aim to reduce it.", reduce.Evidence, StringComparison.Ordinal);
        Assert.Equal(RagStatus.Green, increase.Status);
    }

    [Fact]
    public void SeveralCrimeTypes_AreComparedAsOneSeriesOfTheirSum()
    {
        var result = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Violence and sexual offences", "Public order"]));

        Assert.Equal((1800.0, 1452.0), (result.Baseline, result.Current));
        Assert.Equal((RagStatus.Green, YoyVerdict.SignificantDecrease), (result.Status, result.Verdict));
    }

    [Fact]
    public void Theme_CountsTheConfiguredPrioritysCrimeTypes()
    {
        var result = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, theme: "night-time-economy"));

        Assert.Equal((1800.0, 1452.0), (result.Baseline, result.Current));
        Assert.StartsWith("Violence and sexual offences and Public order (the crime types of “Night-time economy and violence”): ", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Wards_RestrictTheCountToRecordsInThem()
    {
        // Violence: 60 a month in the two city-centre wards in 2024, 30 in 2025; the rest of the area is unchanged.
        var wards = new WardCounts([new Ward("E1", "Westgate"), new Ward("E2", "Northgate"), new Ward("E3", "Sturry")],
            [.. TrendInputs.Months(First, 24).SelectMany(m => new[]
            {
                new WardMonthlyCount("E1", m, "Violence and sexual offences", m.Year == 2024 ? 35 + (m.Month % 2) * 2 : 18 + (m.Month % 2) * 2) { Force = "kent" },
                new WardMonthlyCount("E2", m, "Violence and sexual offences", m.Year == 2024 ? 25 : 12) { Force = "kent" },
                new WardMonthlyCount("E2", m, "Public order", 9) { Force = "kent" },
                new WardMonthlyCount("E3", m, "Violence and sexual offences", 40) { Force = "kent" },
            })], 100, 0, "wards.geojson");
        var input = Input with { Wards = wards };

        var result = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Violence and sexual offences"], ["Westgate", "northgate"]), Evidence(input));

        Assert.Equal((732.0, 372.0), (result.Baseline, result.Current));
        Assert.Equal((RagStatus.Green, YoyVerdict.SignificantDecrease), (result.Status, result.Verdict));
        Assert.StartsWith("Violence and sexual offences in Westgate and northgate: 732 in", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void FewerMonthsCompared_TheEvidenceSaysTheCountsCoverOnlyThem()
    {
        // Only January to April of each year loaded: four months compared, and the counts are theirs alone.
        var loaded = TrendInputs.Months(First, 4).Concat(TrendInputs.Months(new YearMonth(2025, 1), 4)).ToList();
        var drugs = TrendInputs.Series(First, [.. Year(100, 6), .. Year(70, 6)]).Where(p => loaded.Contains(p.Key)).ToDictionary();
        var input = TrendInputs.Build(new YearMonth(2025, 12), 12, loaded, new Dictionary<string, IReadOnlyDictionary<YearMonth, long>> { ["Drugs"] = drugs });

        var result = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Drugs"]), Evidence(input));

        Assert.Equal((4, 400.0, 280.0), (result.MonthsCompared, result.Baseline, result.Current));
        Assert.StartsWith("Drugs, in the 4 months of each period that could be compared: 400 in January 2024 to December 2024, 280 in", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Wards_WithoutAWardFile_AreNotAssessedWithTheReason()
    {
        var result = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Violence and sexual offences"], ["Westgate"]));

        Assert.Equal((RagStatus.NotAssessed, "Not assessed", MeasureStatusSource.NotAssessed), (result.Status, result.StatusLabel, result.Source));
        Assert.Equal("the measure is restricted to wards, but no ward boundary file is configured (boundaries.wards)", result.Reason);
        Assert.Null(result.Verdict);
    }

    [Fact]
    public void MissingInputs_AreNotAssessedWithTheReason()
    {
        var noPolice = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Drugs"]), new MeasureEvidence(Input.Period));
        var noLog = AssessOne(Bound(MetricCatalogue.AsbCases, MeasureDirection.Reduce));
        var noPopulation = AssessOne(Bound(MetricCatalogue.PoliceUkRate, MeasureDirection.Reduce, ["Public order"]));
        var nothingRecorded = AssessOne(Bound(MetricCatalogue.PoliceUkCount, MeasureDirection.Reduce, ["Drugs", "Robbery"]));

        Assert.Equal("no police.uk data was analysed", noPolice.Reason);
        Assert.Equal("no council ASB case log was loaded (inputs.asb_cases)", noLog.Reason);
        Assert.Equal("no population file is configured, so there is no rate per 1,000 residents", noPopulation.Reason);
        Assert.Equal("no Drugs and Robbery recorded in either period", nothingRecorded.Reason);
        Assert.All([noPolice, noLog, noPopulation, nothingRecorded], r => Assert.Equal(RagStatus.NotAssessed, r.Status));
    }

    [Fact]
    public void RatePerThousand_ScalesTheCountsAndKeepsTheirTest()
    {
        var input = Input with { Population = new AreaPopulation(20_000, 10, 0, "population.csv") };

        var result = AssessOne(Bound(MetricCatalogue.PoliceUkRate, MeasureDirection.Reduce, ["Violence and sexual offences"]), Evidence(input));

        Assert.Equal(60.0, result.Baseline!.Value, 9);
        Assert.Equal(42.0, result.Current!.Value, 9);
        Assert.Equal((RagStatus.Green, "records per 1,000 residents"), (result.Status, result.Unit));
        Assert.Contains("60.00 per 1,000 residents in January 2024 to December 2024", result.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void UnboundMeasure_KeepsTheLeadsStatusAndSaysItIsNotComputed()
    {
        var results = MeasureAssessor.Assess([Action(new PlanMeasure("Sessions held", null, RagStatus.Green, "4 of 4 held."), new PlanMeasure("Campaigns", null, RagStatus.NotAssessed, null))], Evidence());

        Assert.Equal((RagStatus.Green, "Green (reported by the lead, not computed)", MeasureStatusSource.ReportedByLead, "4 of 4 held."),
            (results[0].Status, results[0].StatusLabel, results[0].Source, results[0].Evidence));
        Assert.Equal((RagStatus.NotAssessed, MeasureStatusSource.NotAssessed, "no status reported by the lead"), (results[1].Status, results[1].Source, results[1].Reason));
    }
}
