using Assessment.Core.Benchmarking;
using Assessment.Core.Hotspots;
using Assessment.Core.Partners;
using Assessment.Core.Profile;
using Assessment.Core.Trends;

namespace Assessment.Core.Results;

/// <summary>Turns a run's results into the <see cref="AssessmentResultsDocument"/> written as assessment.json.</summary>
public static class AssessmentResultsBuilder
{
    /// <summary>The document of <paramref name="sources"/>, with schema version <see cref="AssessmentResultsDocument.CurrentSchemaVersion"/>.</summary>
    public static AssessmentResultsDocument Build(AssessmentResultsSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var period = sources.Period;
        // A refused file's month holds no rows, so it is not loaded (as in the report's counts).
        var loaded = sources.FileQuality.Where(f => f.RowsLoaded > 0).Select(f => f.Month).Concat(sources.MonthlyCounts.Select(c => c.Month)).ToHashSet();
        var run = new RunMetadata(
            sources.Partnership, sources.AreaName, sources.AreaDefinition,
            PeriodResult.From(period.Current), PeriodResult.From(period.Comparison),
            period.Current.Months().Count(loaded.Contains), period.Comparison.Months().Count(loaded.Contains),
            sources.ProducedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            sources.Publication, sources.Classification);
        return new AssessmentResultsDocument(
            AssessmentResultsDocument.CurrentSchemaVersion,
            run,
            [.. sources.FileQuality.Select(f => new InputFileResult(f.File, f.Force, f.Month.ToString(), f.RowsRead, f.RowsLoaded, f.RowsRejected, f.NoLocation, f.OutsideArea, f.InArea))],
            CrimeCounts(sources),
            [.. sources.Trends.YearOnYear.Select(YearOnYear)],
            [.. sources.Trends.Themes.Select(t => Priority(t.Theme, sources.Trends))],
            sources.Hotspots is { } hotspots ? Hotspots(hotspots) : [],
            sources.Profile is { } profile ? Profile(profile) : null,
            sources.ForceComparison is { } comparison ? Force(comparison) : null,
            Partners(sources),
            sources.Prioritisation,
            sources.Measures);
    }

    private static IReadOnlyList<CrimeTypeCount> CrimeCounts(AssessmentResultsSources sources)
    {
        var period = sources.Period;
        return [.. sources.MonthlyCounts.GroupBy(c => c.CrimeType, StringComparer.Ordinal)
            .Select(g => new CrimeTypeCount(g.Key, g.Where(c => period.Current.Contains(c.Month)).Sum(c => c.Count), g.Where(c => period.Comparison.Contains(c.Month)).Sum(c => c.Count)))
            .Where(c => c.CurrentCount + c.PreviousCount > 0)
            .OrderByDescending(c => c.CurrentCount).ThenBy(c => c.CrimeType, StringComparer.Ordinal)];
    }

    private static YearOnYearResult YearOnYear(YoyFinding f) => new(
        f.Series.Level.ToCsvName(), f.Series.Key, f.Series.Label, f.MonthsCompared, f.Previous, f.Current,
        Finite(f.RateRatio), Finite(f.Interval.Lower), Finite(f.Interval.Upper), Finite(f.PValue), Finite(f.QValue), VerdictNames.Of(f.Verdict));

    private static PriorityThemeResult Priority(TrendTheme theme, TrendFindings trends)
    {
        var finding = trends.YearOnYearOf(new SeriesKey(ComparisonLevel.Theme, theme.Id, theme.Name));
        return new PriorityThemeResult(theme.Id, theme.Name, [.. theme.CrimeTypes], finding?.Previous, finding?.Current, finding is null ? null : VerdictNames.Of(finding.Verdict));
    }

    private static IReadOnlyList<HotspotResult> Hotspots(HotspotFindings findings) =>
        [.. findings.Groups.SelectMany(g => g.Areas.OrderBy(a => a.Rank).Select(a =>
        {
            var ward = a.Ward is null ? null : a.Wards.FirstOrDefault(w => w.Ward == a.Ward);
            var place = ward?.Code ?? a.TopLocation ?? HotspotFindings.CellId(findings.Grid!.Cells[a.CellIndexes[0]]);
            return new HotspotResult($"{g.Group.Key}@{place}", g.Group.Key, g.Group.Name, a.Rank, (long)Math.Round(a.Events), a.ShareOfEvents,
                ward?.Code, ward?.Ward ?? a.Ward, a.TopLocation, a.CentreLonLat.Longitude, a.CentreLonLat.Latitude);
        }))];

    private static AreaProfileHeadline Profile(AreaProfile profile) => new(
        profile.AreaLsoas,
        profile.Population?.Residents,
        profile.Population?.Source,
        profile.AreaRates.FirstOrDefault(r => r.Series == AreaProfile.AllSeries) is { } all ? Finite(all.Rate) : null,
        profile.Deprivation?.DecileCounts is [var first, ..] ? first : null);

    private static ForceComparisonResult Force(ForceComparison comparison) => new(
        comparison.ForceName,
        comparison.AllCrime.Partnerships.Count,
        [.. comparison.Themes.Select(t => new ForceThemeResult(t.Id, t.Name, t.Area?.Count, t.Area is { } a ? Finite(a.Rate) : null, t.ForceCount, t.ForceRate,
            t.Area?.Rank, t.Area?.Verdict.ToString().ToLowerInvariant()))]);

    private static IReadOnlyList<PartnerHeadline> Partners(AssessmentResultsSources sources)
    {
        var list = new List<PartnerHeadline>();
        if (sources.FlyTipping is { } fly && fly.Known is { Count: > 0 } years)
            list.Add(new PartnerHeadline("fly_tipping", "fly-tipping incidents", "DEFRA fly-tipping statistics", years[^1].Year, Whole(years[^1].Incidents),
                years.Count > 1 ? years[^2].Year : null, years.Count > 1 ? Whole(years[^2].Incidents) : null, null));
        // One headline per offender type the extract gives: all offenders, or adults and juveniles apart.
        foreach (var series in (sources.Reoffending?.Series ?? []).OrderBy(s => s.OffenderType == ReoffendingOffenderType.All ? 0 : 1).ThenBy(s => s.OffenderType))
        {
            var points = series.Points.Where(p => p.Local is not null).ToList();
            if (points.Count == 0) continue;
            var (latest, earlier) = (points[^1], points.Count > 1 ? points[^2] : null);
            var who = series.OffenderType switch { ReoffendingOffenderType.Adult => " (adults)", ReoffendingOffenderType.Juvenile => " (juveniles)", _ => "" };
            list.Add(new PartnerHeadline("reoffending", "proven reoffenders" + who, sources.Reoffending!.FileName, latest.Period, latest.Local!.Reoffenders,
                earlier?.Period, earlier?.Local!.Reoffenders, latest.Local.Proportion));
        }
        if (sources.SubstanceMisuse.Treatment is { } treatment)
        {
            var totals = treatment.Years.GroupBy(y => y.Period, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Period: g.Key, Count: g.Any(y => y.InTreatment is null) ? (long?)null : g.Sum(y => y.InTreatment!.Value))).ToList();
            if (totals.Count > 0)
                list.Add(new PartnerHeadline("substance_treatment", "adults in treatment", treatment.Source, totals[^1].Period, totals[^1].Count,
                    totals.Count > 1 ? totals[^2].Period : null, totals.Count > 1 ? totals[^2].Count : null, null));
        }
        if (sources.AsbCases is { } asb)
            list.Add(new PartnerHeadline("asb_cases", "council ASB cases", asb.Source, "assessment period", asb.AssessmentPeriodCases,
                "comparison period", asb.ComparisonPeriodCases, null));
        return list;
    }

    private static long? Whole(double? value) => value is { } v ? (long)Math.Round(v) : null;

    /// <summary>JSON has no NaN or infinity: an undefined or unbounded figure is null.</summary>
    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
