using Assessment.Core.Configuration;
using Assessment.Core.Partners;
using Assessment.Files.Configuration;
using Assessment.Files.Partners;
using Assessment.Storage.Partners;
using Assessment.Storage.Store;
using Spectre.Console;

namespace Assessment.Cli.Stages;

/// <summary>
/// Loads the Fingertips exports (<c>inputs.fingertips</c>) and the treatment file (<c>inputs.treatment</c>) into the
/// store, unless the same content is loaded, and picks the area's rows by <c>area.district_codes</c> (and
/// <c>area.county_code</c> as comparator). What is absent is said in one sentence each.
/// </summary>
internal static class SubstanceMisuseStage
{
    private const string TreatmentPublisher = "OHID, National Drug Treatment Monitoring System (NDTMS), adults in treatment; Open Government Licence v3.0";

    /// <returns>The summary the chapter is built from, and the number of rows rejected across the files.</returns>
    /// <exception cref="ConfigurationException">A configured file is missing or is not of its kind (file named).</exception>
    public static (SubstanceMisuseSummary Summary, long Rejected) Run(IAnsiConsole console, AssessmentStore store, AssessmentSettings settings)
    {
        if (settings.TreatmentPath is null && settings.FingertipsPaths.Count == 0) return (SubstanceMisuseSummary.None, 0);
        var codes = settings.Area.DistrictCodes;
        var county = settings.Area.CountyCode;
        var notes = new List<string>();
        long rejected = 0;
        var noCodes = codes.Count == 0;
        const string CodesHint = "the area's district codes (area.district_codes, e.g. [E07000106])";

        TreatmentSummary? treatment = null;
        string? treatmentAbsence = null;
        if (settings.TreatmentPath is { } treatmentPath)
        {
            if (!File.Exists(treatmentPath)) throw new ConfigurationException($"inputs.treatment: file not found: {treatmentPath}");
            var treatmentStore = new TreatmentStore(store);
            var load = treatmentStore.Load(treatmentPath, () => TreatmentFile.Read(treatmentPath));
            rejected += PartnerLoadView.Render(console, "Treatment", treatmentPath, load);
            var synthetic = SyntheticExtract.IsNamed(Path.GetFileName(treatmentPath));
            var source = synthetic
                ? $"Synthetic sample in the NDTMS/OHID shape ({Path.GetFileName(treatmentPath)}, made by data-samples/synthetic/ndtms_treatment_synthetic.py): not real figures"
                : $"{TreatmentPublisher} ({Path.GetFileName(treatmentPath)})";
            if (noCodes)
            {
                treatmentAbsence = $"A treatment file is configured but not {CodesHint}, so treatment is not covered.";
            }
            else
            {
                var summary = TreatmentSummary.From(treatmentStore.Records(), codes, county, source, synthetic);
                if (summary.Years.Count == 0)
                    treatmentAbsence = $"The treatment file {Path.GetFileName(treatmentPath)} has no rows for {string.Join(", ", codes)}, so treatment is not covered.";
                else
                    (treatment, treatmentAbsence) = (summary, null);
            }
        }

        var indicators = new List<FingertipsIndicatorSummary>();
        var fingertips = new FingertipsStore(store);
        foreach (var path in settings.FingertipsPaths)
        {
            if (!File.Exists(path)) throw new ConfigurationException($"inputs.fingertips: file not found: {path}");
            var load = fingertips.Load(path, () => FingertipsFile.Read(path));
            rejected += PartnerLoadView.Render(console, "Fingertips", path, load);
            if (noCodes) continue;
            foreach (var indicator in FingertipsIndicatorSummary.From(Path.GetFileName(path), fingertips.Records(path), codes, county))
            {
                if (indicator.Districts.Count > 0) indicators.Add(indicator);
                if (indicator.MissingCodes.Count > 0) notes.Add(MissingCodeNote(indicator));
            }
        }
        var indicatorsAbsence = settings.FingertipsPaths.Count == 0 ? null
            : noCodes ? $"Fingertips exports are configured but not {CodesHint}, so alcohol and drug indicators are not covered."
            : indicators.Count == 0 ? $"No configured Fingertips export has values for {string.Join(", ", codes)}, so alcohol and drug indicators are not covered."
            : null;
        foreach (var note in notes) console.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
        return (new SubstanceMisuseSummary(treatment, treatmentAbsence, indicators, indicatorsAbsence, notes), rejected);
    }

    /// <summary>The sentence for an export without some of the area's codes, with the likely reason.</summary>
    internal static string MissingCodeNote(FingertipsIndicatorSummary indicator) =>
        $"{indicator.File} ({indicator.IndicatorName}) has no values for {string.Join(", ", indicator.MissingCodes)}. "
        + "Exports made before April 2019 use the district codes of that time (e.g. E07000048 Christchurch, since merged into Bournemouth, Christchurch and Poole), "
        + "and a county export holds counties and unitary authorities only: check the code the export uses for the area.";
}
