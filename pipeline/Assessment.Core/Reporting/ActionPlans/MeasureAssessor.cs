using System.Globalization;
using Assessment.Core.Model;
using Assessment.Core.Reporting;
using Assessment.Core.Reporting.Sections;
using Assessment.Core.Trends;

namespace Assessment.Core.Reporting.ActionPlans;

/// <summary>
/// Assesses every measure of an action plan. A bound measure takes the run's year-on-year comparison of its metric:
/// when the metric is a series the trend analysis already compared (all crime and ASB, one crime type, one priority
/// theme, for the whole area) that comparison itself; otherwise (several crime types, or wards) the series is built
/// from the same counts and compared by the same test (<see cref="YearOnYear"/>), the measures so built forming one
/// false-discovery family of their own. Its status then follows <see cref="MeasureRag"/>. An unbound measure keeps
/// the status its lead reported. Pure: no I/O.
/// </summary>
public static class MeasureAssessor
{
    /// <summary>One assessment per measure of <paramref name="plan"/>, in plan order (actions without measures give none).</summary>
    /// <param name="plan">The plan's actions, with their measures and ids.</param>
    /// <param name="evidence">What the run computed.</param>
    public static IReadOnlyList<MeasureAssessment> Assess(IReadOnlyList<ActionPlanItem> plan, MeasureEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(evidence);
        var measures = plan.SelectMany(a => a.Measures.Select(m => (Action: a, Measure: m))).ToList();
        var frame = evidence.PoliceUk is { } input ? new Lazy<MonthFrame>(() => new MonthFrame(input)) : null;
        var resolved = measures.Select((x, i) => x.Measure.Binding is { } b ? Resolve(b, i, evidence, frame) : default).ToList();

        var built = resolved.Where(r => r.Series is not null).Select(r => r.Series!).ToList();
        var computed = built.Count > 0 && frame is not null
            ? YearOnYear.Compare(built, frame.Value.Coverage, NoLocationCheck.Check(frame.Value.Coverage, evidence.PoliceUk!.Quality), evidence.PoliceUk.Options, evidence.PoliceUk.Population)
                .ToDictionary(f => f.Series)
            : [];

        return [.. measures.Select((x, i) =>
        {
            var (action, measure) = x;
            var r = resolved[i];
            if (measure.Binding is not { } binding) return Reported(action, measure);
            var finding = r.Finding ?? (r.Series is { } s ? computed.GetValueOrDefault(s.Key) : null);
            if (finding is null) return NotAssessed(action, measure, binding, r.Reason ?? "no month of the assessment period could be compared with the comparison period");
            return FromFinding(action, measure, binding, r.What!, r.PerThousand, finding, evidence);
        })];
    }

    private static MeasureAssessment Reported(ActionPlanItem action, PlanMeasure measure)
    {
        var source = measure.ReportedStatus == RagStatus.NotAssessed ? MeasureStatusSource.NotAssessed : MeasureStatusSource.ReportedByLead;
        var evidence = measure.Note is { Length: > 0 } note ? note
            : source == MeasureStatusSource.NotAssessed ? "No status reported." : "No note from the lead.";
        return new MeasureAssessment(action.Id, action.Action, action.PriorityId, action.Priority, measure.Text, measure.ReportedStatus,
            MeasureRag.Label(measure.ReportedStatus, source), source, evidence)
        {
            Reason = source == MeasureStatusSource.NotAssessed ? "no status reported by the lead" : null,
        };
    }

    private static MeasureAssessment NotAssessed(ActionPlanItem action, PlanMeasure measure, MeasureBinding binding, string reason) =>
        new(action.Id, action.Action, action.PriorityId, action.Priority, measure.Text, RagStatus.NotAssessed,
            MeasureRag.Label(RagStatus.NotAssessed, MeasureStatusSource.NotAssessed), MeasureStatusSource.NotAssessed, $"Not assessed: {reason}.")
        {
            Metric = binding.Metric,
            Unit = MetricCatalogue.Find(binding.Metric)?.Unit,
            Direction = binding.Direction,
            Reason = reason,
        };

    private static MeasureAssessment FromFinding(ActionPlanItem action, PlanMeasure measure, MeasureBinding binding, string what, double? perThousand,
        YoyFinding finding, MeasureEvidence evidence)
    {
        if (finding.Previous + finding.Current == 0) return NotAssessed(action, measure, binding, $"no {what} recorded in either period");
        if (finding.Verdict == YoyVerdict.DataCannotTell)
            return NotAssessed(action, measure, binding, "the change in the share of police.uk records without a location could alone explain the change, so the data cannot tell");
        if (!finding.IsTested) return NotAssessed(action, measure, binding, "too few months compared to test the change");

        var status = MeasureRag.Of(finding.Verdict, binding.Direction);
        var scale = perThousand ?? 1;
        var (baseline, current) = (finding.Previous * scale, finding.Current * scale);
        double? change = finding.Previous > 0 ? (double)finding.Current / finding.Previous - 1 : null;
        var level = (evidence.PoliceUk?.Options ?? TrendOptions.Default).ConfidenceLevel;
        var period = evidence.Period;
        // Counts over fewer months than the periods hold must say so, or they read as the periods' totals.
        var months = finding.MonthsCompared == period.LengthInMonths ? "" : $", in the {ReportNumbers.FormatCount(finding.MonthsCompared)} months of each period that could be compared";
        string Value(long count) => perThousand is { } k ? (count * k).ToString("0.00", CultureInfo.InvariantCulture) + " per 1,000 residents" : ReportNumbers.FormatCount(count);
        var text = $"{Capital(what)}{months}: {Value(finding.Previous)} in {period.Comparison.ToLongString()}, {Value(finding.Current)} in {period.Current.ToLongString()}"
            + $" ({(change is { } c ? ReportNumbers.FormatPercent(c, signed: true) + "; " : "")}rate ratio {Ratio(finding.RateRatio)}, {level.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal)} interval {Ratio(finding.Interval.Lower)} to {Ratio(finding.Interval.Upper)}): {finding.Verdict.ToText()}"
            + $"{(status == RagStatus.Red ? $", against the aim to {(binding.Direction == MeasureDirection.Reduce ? "reduce" : "increase")} it" : "")}.";
        return new MeasureAssessment(action.Id, action.Action, action.PriorityId, action.Priority, measure.Text, status,
            MeasureRag.Label(status, MeasureStatusSource.Computed), MeasureStatusSource.Computed, text)
        {
            Metric = binding.Metric,
            Unit = MetricCatalogue.Find(binding.Metric)?.Unit,
            Direction = binding.Direction,
            BaselinePeriod = period.Comparison,
            CurrentPeriod = period.Current,
            MonthsCompared = finding.MonthsCompared,
            Baseline = baseline,
            Current = current,
            Change = change,
            RateRatio = finding.RateRatio,
            Interval = finding.Interval,
            ConfidenceLevel = level,
            Verdict = finding.Verdict,
        };
    }

    private static string Ratio(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "∞";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>What a measure is compared by: an existing finding, a series to compare, or the reason it cannot be; with its description and rate scale.</summary>
    private readonly record struct Resolution(YoyFinding? Finding, CountSeries? Series, string? Reason, string? What, double? PerThousand);

    private static Resolution Resolve(MeasureBinding binding, int index, MeasureEvidence evidence, Lazy<MonthFrame>? frame) => binding.Metric switch
    {
        MetricCatalogue.AsbCases => ResolveAsbCases(binding, evidence),
        MetricCatalogue.PoliceUkCount or MetricCatalogue.PoliceUkRate => ResolvePoliceUk(binding, index, evidence, frame),
        _ => new Resolution(null, null, $"the metric \"{binding.Metric}\" is not one of {string.Join(", ", MetricCatalogue.Names)}", null, null),
    };

    private static Resolution ResolveAsbCases(MeasureBinding binding, MeasureEvidence evidence)
    {
        if (evidence.AsbCases is not { } log) return Fail("no council ASB case log was loaded (inputs.asb_cases)");
        var category = binding.Categories.Count > 0 ? binding.Categories[0] : null;
        var what = category is null ? "council ASB cases" : $"council ASB cases of {category}";
        var change = category is null ? log.AllCases : log.Categories.FirstOrDefault(c => string.Equals(c.Category, category, StringComparison.OrdinalIgnoreCase));
        if (change is null) return Fail($"no {what} in either period");
        return change.Finding is { } f ? new Resolution(f, null, null, what, null)
            : Fail("the case log does not cover the same months of both periods");
    }

    private static Resolution ResolvePoliceUk(MeasureBinding binding, int index, MeasureEvidence evidence, Lazy<MonthFrame>? frame)
    {
        if (evidence.PoliceUk is not { } input || frame is null) return Fail("no police.uk data was analysed");
        IReadOnlyList<string>? types = binding.CrimeTypes.Count > 0 ? binding.CrimeTypes : null;
        var theme = binding.Theme is { } id ? input.Themes.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase)) : null;
        if (binding.Theme is not null && types is null)
        {
            if (theme is null) return Fail($"no configured priority has the id \"{binding.Theme}\"");
            if (!theme.HasCrimeTypes) return Fail($"the priority \"{theme.Name}\" names no police.uk crime types");
            types = [.. theme.CrimeTypes];
        }

        double? perThousand = null;
        if (binding.Metric == MetricCatalogue.PoliceUkRate)
        {
            if (binding.Wards.Count > 0) return Fail("the residents of wards are not known, so there is no rate per 1,000 for wards");
            if (input.Population is not { IsUsable: true } population) return Fail("no population file is configured, so there is no rate per 1,000 residents");
            perThousand = 1000 / population.Residents;
        }

        var what = (types is null ? "all crime and ASB" : theme is not null && binding.CrimeTypes.Count == 0 ? $"{HotspotWording.JoinAnd(types)} (the crime types of “{theme.Name}”)" : HotspotWording.JoinAnd(types))
            + (binding.Wards.Count > 0 ? $" in {HotspotWording.JoinAnd(binding.Wards)}" : "");
        var key = new SeriesKey(ComparisonLevel.CrimeType, $"measure {index}", what);
        if (binding.Wards.Count > 0)
        {
            if (input.Wards is not { } wards) return Fail("the measure is restricted to wards, but no ward boundary file is configured (boundaries.wards)");
            var codes = binding.Wards.Select(n => wards.Wards.FirstOrDefault(w => string.Equals(w.Name, n, StringComparison.OrdinalIgnoreCase))?.Code).ToList();
            if (codes.Any(c => c is null))
                return Fail($"the ward boundary file has no ward named {HotspotWording.JoinAnd(binding.Wards.Where((_, i) => codes[i] is null).ToList())}");
            var inWards = codes.ToHashSet(StringComparer.Ordinal);
            var counts = wards.Counts.Where(c => c.WardCode is not null && inWards.Contains(c.WardCode) && (types is null || types.Contains(c.CrimeType)))
                .Select(c => new MonthlyCount(input.AreaName, c.Month, c.CrimeType, c.Count) { Force = c.Force });
            return new Resolution(null, TrendAnalysis.Series(frame.Value, key, counts), null, what, perThousand);
        }

        var existing = evidence.Trends is not { } trends ? null
            : types is null ? trends.YearOnYearOf(SeriesKey.Area)
            : types.Count == 1 ? trends.YearOnYearOf(new SeriesKey(ComparisonLevel.CrimeType, types[0]))
            : theme is not null && binding.CrimeTypes.Count == 0 ? trends.YearOnYearOf(theme.SeriesKey)
            : null;
        if (existing is not null) return new Resolution(existing, null, null, what, perThousand);
        var selected = input.Counts.Where(c => types is null || types.Contains(c.CrimeType));
        return new Resolution(null, TrendAnalysis.Series(frame.Value, key, selected), null, what, perThousand);
    }

    private static Resolution Fail(string reason) => new(null, null, reason, null, null);
}
