using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Core.Partners;
using Assessment.Core.Trends;

namespace Assessment.Core.Prioritisation;

/// <summary>
/// The candidate issues of a run, built from its results: every police.uk crime type in the data (anti-social
/// behaviour included), every configured priority theme, and, when the run has them, each council ASB case category,
/// substance misuse (adults in treatment) and proven reoffending. Only what the run measured is filled in; the rest is
/// left missing, with a note saying why, for <see cref="PrioritisationMatrix"/> to score as neutral.
/// </summary>
public static class CandidateIssues
{
    // police.uk records anti-social behaviour as incidents, not crimes.
    private const string AntiSocialBehaviour = "Anti-social behaviour";

    /// <summary>Builds the candidates.</summary>
    /// <param name="trends">The trend results: volumes, harm, year-on-year verdicts, population and themes.</param>
    /// <param name="benchmark">The force comparison (all crime and each theme with crime types), or null.</param>
    /// <param name="asbCases">The council's ASB case log summary, or null.</param>
    /// <param name="substance">Drug and alcohol treatment and indicators, or null.</param>
    /// <param name="reoffending">Proven reoffending, or null.</param>
    /// <returns>Crime types (most records first), then themes in configuration order, then partner issues.</returns>
    public static IReadOnlyList<CandidateIssue> From(TrendFindings trends, ForceComparison? benchmark, AsbCaseSummary? asbCases, SubstanceMisuseSummary? substance, ReoffendingSummary? reoffending)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var perThousand = trends.Population is { IsUsable: true } p ? 1000 / p.Residents : (double?)null;
        var harm = trends.Harm.Categories.ToDictionary(c => c.Category, StringComparer.OrdinalIgnoreCase);
        var area = benchmark?.AllCrime.Area is not null ? benchmark : null;
        var crimeSource = $"police.uk street-level crime, {trends.Period.Current.ToLongString()}";
        var list = new List<CandidateIssue>();

        foreach (var category in trends.Harm.Categories.OrderByDescending(c => c.AssessmentPeriodCount).ThenBy(c => c.Category, StringComparer.Ordinal))
        {
            var single = area?.Themes.Skip(1).FirstOrDefault(t => t.Area is not null && t.CrimeTypes.Count == 1 && string.Equals(t.CrimeTypes[0], category.Category, StringComparison.OrdinalIgnoreCase));
            list.Add(new CandidateIssue(ReportIds.FromText(category.Category, "crime"), category.Category, CandidateKind.CrimeType,
                category.AssessmentPeriodCount, category.Category == AntiSocialBehaviour ? VolumeUnit.Incidents : VolumeUnit.Crimes, category.AssessmentPeriodCount * perThousand,
                trends.YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, category.Category)), category.AssessmentPeriodHarm,
                single?.Area!.Verdict, crimeSource)
            {
                BenchmarkGap = single is not null ? null : area is null ? CandidateGap.NoForceComparison : CandidateGap.NotSingleCrimeType,
                BenchmarkForce = single is null ? null : area!.ForceName,
            });
        }

        foreach (var coverage in trends.Themes)
        {
            var theme = coverage.Theme;
            var types = theme.CrimeTypes.Where(harm.ContainsKey).Select(t => harm[t]).ToList();
            var weighted = types.Where(t => t.AssessmentPeriodHarm is not null).ToList();
            var compared = area?.Themes.Skip(1).FirstOrDefault(t => t.Id == theme.Id && t.Area is not null);
            double? volume = theme.HasCrimeTypes ? types.Sum(t => t.AssessmentPeriodCount) : null;
            list.Add(new CandidateIssue(ReportIds.FromText(theme.Id, "priority"), theme.Name, CandidateKind.PriorityTheme,
                volume, theme.CrimeTypes.Contains(AntiSocialBehaviour) ? VolumeUnit.CrimesAndIncidents : VolumeUnit.Crimes, volume * perThousand,
                theme.HasCrimeTypes ? trends.YearOnYearOf(theme.SeriesKey) : null,
                weighted.Count > 0 ? weighted.Sum(t => t.AssessmentPeriodHarm!.Value) : null,
                compared?.Area!.Verdict, crimeSource)
            {
                TrendGap = theme.HasCrimeTypes ? null : CandidateGap.NoCrimeTypes,
                BenchmarkGap = compared is not null ? null : !theme.HasCrimeTypes ? CandidateGap.NoCrimeTypes : area is null ? CandidateGap.NoForceComparison : CandidateGap.NotInForceComparison,
                BenchmarkForce = compared is null ? null : area!.ForceName,
            });
        }

        if (asbCases is not null)
        {
            foreach (var category in asbCases.Categories)
                list.Add(new CandidateIssue(ReportIds.FromText(category.Category, "asb-case"), $"Council ASB cases: {category.Category}", CandidateKind.CouncilAsb,
                    category.Current, VolumeUnit.CouncilCases, category.Current * perThousand, category.Finding, null, null, $"council ASB case log ({asbCases.Source})")
                {
                    TrendGap = category.Finding is null ? CandidateGap.NoMonthCompared : null,
                    BenchmarkGap = CandidateGap.NotComparedAcrossPartnerships,
                    IsSynthetic = SyntheticExtract.IsNamed(asbCases.Source),
                });
        }

        if (substance?.Treatment is { Years.Count: > 0 } treatment)
        {
            var latest = treatment.Periods[^1];
            var rows = treatment.Years.Where(y => y.Period == latest).ToList();
            double? inTreatment = rows.All(r => r.InTreatment is not null) ? rows.Sum(r => r.InTreatment!.Value) : null;
            list.Add(new CandidateIssue("substance-misuse", "Substance misuse (treatment)", CandidateKind.SubstanceMisuse,
                inTreatment, VolumeUnit.AdultsInTreatment, null, null, null, null, "NDTMS adult treatment")
            {
                VolumePeriod = latest,
                TrendGap = CandidateGap.NotYearOnYear,
                BenchmarkGap = CandidateGap.NotComparedAcrossPartnerships,
                IsSynthetic = treatment.IsSynthetic,
            });
        }

        if (reoffending is not null && Reoffenders(reoffending) is { } latestCohort)
        {
            list.Add(new CandidateIssue("reoffending", "Proven reoffending", CandidateKind.Reoffending,
                latestCohort.Reoffenders, VolumeUnit.Reoffenders, null, null, null, null, $"proven reoffending ({reoffending.FileName})")
            {
                VolumePeriod = latestCohort.Period,
                TrendGap = CandidateGap.NotYearOnYear,
                BenchmarkGap = CandidateGap.ComparedWithEnglandAndWales,
                IsSynthetic = reoffending.Synthetic,
            });
        }

        return list;
    }

    // The latest cohort period every offender type knows, summed over adults and juveniles (or "all" when not split).
    private static (long Reoffenders, string Period)? Reoffenders(ReoffendingSummary summary)
    {
        var series = summary.Series.Where(s => s.OffenderType != ReoffendingOffenderType.All).ToList();
        if (series.Count == 0) series = [.. summary.Series];
        var known = series.Select(s => s.Known).Where(k => k.Count > 0).ToList();
        if (known.Count == 0 || known.Count != series.Count) return null;
        var start = known.Min(k => k[^1].PeriodStart);
        var points = known.Select(k => k.LastOrDefault(p => p.PeriodStart == start)).ToList();
        if (points.Any(p => p is null)) return null;
        return (points.Sum(p => p!.Local!.Reoffenders), points[0]!.Period);
    }
}
