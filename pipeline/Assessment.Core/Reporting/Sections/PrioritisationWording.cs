using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Core.Prioritisation;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.Sections;

/// <summary>
/// The words of the prioritisation matrix: what each score rests on, each candidate's evidence paragraph and the notes
/// on inputs that could not be used. A change that is not significant is never called a rise or a fall.
/// </summary>
public static class PrioritisationWording
{
    /// <summary>
    /// One paragraph, e.g. "Shoplifting is ranked 2 of 22 with a total of 24.0 (ranks 1–3 when each weight moves by
    /// 20%). Volume 5: 1,234 crimes in January 2025 to December 2025. Trend 5: a statistically significant rise, …
    /// Vulnerability: not set, so the neutral 3. …". Criteria without an input are named, with the neutral score they took.
    /// </summary>
    /// <param name="candidate">The scored candidate.</param>
    /// <param name="candidates">How many candidates were ranked.</param>
    /// <param name="recommend">How many are recommended, to say when the rank range crosses that line.</param>
    /// <param name="period">The assessment period.</param>
    /// <param name="consultation">The consultation extract, or null.</param>
    public static string Evidence(PrioritisedCandidate candidate, int candidates, int recommend, AssessmentPeriod period, ConsultationSource? consultation)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var c = candidate;
        var range = c.RankLow == c.RankHigh ? "the same rank when each weight moves by 20%" : $"ranks {c.RankLow}–{c.RankHigh} when each weight moves by 20%";
        var unstable = c.CrossesTop(recommend) ? $"; so whether it is in the top {recommend} depends on the weights" : "";
        var parts = c.Scores.Select(s => s.Measured
            ? $"{s.Criterion.ToLabel()} {s.Score}: {Basis(c, s.Criterion, period, consultation)}."
            : $"{s.Criterion.ToLabel()}: {Basis(c, s.Criterion, period, consultation)}, so the neutral {s.Score}.");
        return $"{c.Name} is ranked {c.Rank} of {candidates} with a total of {ReportNumbers.Format(c.Total, NumberFormat.OneDecimal)} ({range}{unstable}). {string.Join(" ", parts)}";
    }

    /// <summary>What the score of <paramref name="criterion"/> rests on, e.g. "1,234 crimes in January 2025 to December 2025" or "not set".</summary>
    public static string Basis(PrioritisedCandidate candidate, PrioritisationCriterion criterion, AssessmentPeriod period, ConsultationSource? consultation)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(period);
        var issue = candidate.Issue;
        return criterion switch
        {
            PrioritisationCriterion.Volume => Volume(issue, period),
            PrioritisationCriterion.Trend => Trend(issue),
            PrioritisationCriterion.Harm => issue.Harm is { } h ? $"{ReportNumbers.FormatCount((long)Math.Round(h))} days of custody equivalent"
                : issue.Kind is CandidateKind.CrimeType or CandidateKind.PriorityTheme ? "not weighted (no harm weight for its crime types)" : "not available (no harm weight applies)",
            PrioritisationCriterion.Vulnerability => candidate.Vulnerability is { } v ? $"set to {v.Score} by partners ({v.Source})" : "not set",
            PrioritisationCriterion.PublicConcern => Concern(candidate.Concern, consultation),
            PrioritisationCriterion.Benchmark => Benchmark(issue),
            _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
        };
    }

    /// <summary>A note on an input that could not be used, naming the consultation file, line and column where it has them.</summary>
    public static string Note(PrioritisationNote note, ConsultationSource? consultation)
    {
        ArgumentNullException.ThrowIfNull(note);
        var where = consultation is null ? "" : $"{consultation.FileName}, line {note.Line}, column {consultation.ThemeColumn} (theme): ";
        return note.Kind switch
        {
            PrioritisationNoteKind.UnmatchedTheme => $"{where}\u201c{note.Subject}\u201d matches no candidate issue, so it is not scored; name a candidate by its id or name (tables/prioritisation.csv lists them).",
            PrioritisationNoteKind.AmbiguousTheme => $"{where}\u201c{note.Subject}\u201d matches {string.Join(" and ", note.CandidateIds)}, so it is not scored; use one of those ids.",
            PrioritisationNoteKind.RepeatedTheme => $"{where}\u201c{note.Subject}\u201d is a second row for {note.CandidateIds[0]}; the first (line {note.FirstLine}) is used.",
            PrioritisationNoteKind.UnknownVulnerabilityId => $"prioritisation.vulnerability names \u201c{note.Subject}\u201d, which is not a candidate issue of this run, so its rating is not used (tables/prioritisation.csv lists the ids).",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note.Kind, "Unknown note."),
        };
    }

    /// <summary>Why a criterion has no input, e.g. "not available (no police.uk crime type indicates it)".</summary>
    public static string Gap(CandidateGap gap) => "not available (" + gap switch
    {
        CandidateGap.NoComparison => "no year-on-year comparison",
        CandidateGap.NoCrimeTypes => "no police.uk crime type indicates it",
        CandidateGap.NoMonthCompared => "no month of the case log is compared",
        CandidateGap.NotYearOnYear => "these figures are not compared under the year-on-year rule",
        CandidateGap.NoForceComparison => "no comparison with the force's other partnerships in this run",
        CandidateGap.NotSingleCrimeType => "the force comparison covers all crime and the priority themes, not single crime types",
        CandidateGap.NotInForceComparison => "not in the force comparison",
        CandidateGap.NotComparedAcrossPartnerships => "not compared across partnerships",
        CandidateGap.ComparedWithEnglandAndWales => "compared with England and Wales, not with the force's partnerships",
        _ => throw new ArgumentOutOfRangeException(nameof(gap), gap, "Unknown gap."),
    } + ")";

    private static string Volume(CandidateIssue c, AssessmentPeriod period)
    {
        if (c.Volume is not { } volume) return "not measured";
        var rate = c.RatePerThousand is { } r ? $" ({ReportNumbers.Format(r, NumberFormat.OneDecimal)} per 1,000 residents)" : "";
        var when = c.VolumePeriod ?? period.Current.ToLongString();
        var synthetic = c.IsSynthetic ? " (synthetic sample)" : "";
        var count = ReportNumbers.FormatCount((long)Math.Round(volume));
        return c.Unit switch
        {
            VolumeUnit.Crimes => $"{count} crimes{rate} in {when}",
            VolumeUnit.Incidents => $"{count} incidents{rate} in {when}",
            VolumeUnit.CrimesAndIncidents => $"{count} crimes and ASB incidents{rate} in {when}",
            VolumeUnit.CouncilCases => $"{count} council ASB cases{rate} in the compared months of {when}{synthetic}",
            VolumeUnit.AdultsInTreatment => $"{count} adults in treatment in {when}{synthetic}",
            VolumeUnit.Reoffenders => $"{count} proven reoffenders in the cohort of {when}{synthetic}",
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Unit, "Unknown unit."),
        };
    }

    private static string Trend(CandidateIssue c)
    {
        if (c.Trend is not { } t) return Gap(c.TrendGap ?? CandidateGap.NoComparison);
        var evidence = $"{ReportNumbers.FormatCount(t.Previous)} to {ReportNumbers.FormatCount(t.Current)} {TrendNarrative.MonthsPhrase(t.MonthsCompared)}";
        var numbers = $"{TrendNarrative.RatioPhrase(t)}; q = {TrendNarrative.PValue(t.QValue)}";
        return t.Verdict switch
        {
            YoyVerdict.SignificantIncrease => $"a statistically significant rise, {evidence} ({numbers})",
            YoyVerdict.SignificantDecrease => $"a statistically significant fall, {evidence} ({numbers})",
            YoyVerdict.DataCannotTell => $"not available: the data cannot tell whether {evidence} is a real change",
            _ when !t.IsTested => $"not available: {evidence} was not tested",
            _ when TrendNarrative.IsBroadlyStable(t) => $"broadly stable, {evidence} ({numbers})",
            _ => $"no statistically significant change, {evidence} ({numbers})",
        };
    }

    private static string Concern(ConsultationResponse? response, ConsultationSource? consultation)
    {
        if (consultation is null) return "not available (no consultation extract)";
        if (response is null) return "not asked (not in the consultation extract)";
        var source = consultation.IsSynthetic ? "synthetic sample" : consultation.FileName;
        return $"named by {ReportNumbers.FormatPercent(response.Share, 0)} of {ReportNumbers.FormatCount(response.SampleSize)} respondents ({source})";
    }

    private static string Benchmark(CandidateIssue c) => c.Benchmark switch
    {
        RateVerdict.Higher => $"rate per 1,000 residents higher than {c.BenchmarkForce ?? "the force"}'s",
        RateVerdict.Lower => $"rate per 1,000 residents lower than {c.BenchmarkForce ?? "the force"}'s",
        RateVerdict.Similar => $"rate per 1,000 residents not distinguishable from {c.BenchmarkForce ?? "the force"}'s",
        _ => Gap(c.BenchmarkGap ?? CandidateGap.NoForceComparison),
    };
}
