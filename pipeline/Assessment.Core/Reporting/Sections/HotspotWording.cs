using System.Globalization;
using Assessment.Core.Hotspots;
using Assessment.Core.Spatial;

namespace Assessment.Core.Reporting.Sections;

/// <summary>The small pieces of wording the hotspot text is built from.</summary>
public static class HotspotWording
{
    private const string OnOrNear = "On or near ";

    // police.uk names some map points by what is there rather than by street; these read as "a supermarket", not "Supermarket".
    private static readonly HashSet<string> PlaceTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Supermarket", "Shopping Area", "Parking Area", "Petrol Station", "Hospital", "Police Station", "Nightclub", "Prison",
        "Ferry Terminal", "Sports/Recreation Area", "Bus/Coach Station", "Further/Higher Educational Building", "Park/Open Space",
        "Theatre/Concert Hall", "Conference/Exhibition Centre", "Airport/Airfield", "Pedestrian Subway", "Theme/Adventure Park",
    };

    /// <summary>True when a location (with or without "On or near ") is a police.uk place type such as "Supermarket" rather than a named street or place.</summary>
    public static bool IsPlaceType(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var name = StripPrefix(location);
        return PlaceTypes.Contains(name) || name.Contains('/', StringComparison.Ordinal);
    }

    /// <summary>
    /// A police.uk location text for a sentence: without "On or near ", with police.uk's "'S" written "'s"
    /// ("On or near St George'S Lane" → "St George's Lane"), and place types as a noun ("On or near Supermarket" → "a supermarket").
    /// Null or blank gives null.
    /// </summary>
    public static string? PlaceName(string? location)
    {
        if (string.IsNullOrWhiteSpace(location)) return null;
        var name = StripPrefix(location);
        if (IsPlaceType(name))
        {
            var lower = name.ToLowerInvariant();
            return ("aeiou".Contains(lower[0], StringComparison.Ordinal) ? "an " : "a ") + lower;
        }
        return System.Text.RegularExpressions.Regex.Replace(name, "'S\\b", "'s");
    }

    /// <summary>A location for a table cell: "High Street", "St George's Lane", or a place type capitalised without its article ("Shopping area"); "" for none.</summary>
    public static string PlaceLabel(string? location)
    {
        var name = PlaceName(location);
        if (name is null) return "";
        if (IsPlaceType(location!)) name = name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>"around High Street in Westgate ward", "around High Street", "in Westgate ward", or "at an unnamed place" when both are unknown.</summary>
    public static string Whereabouts(string? location, string? ward) =>
        PlaceName(location) is null ? (ward is null ? "at an unnamed place" : $"in {ward} ward") : "around " + PlaceInWard(location, ward);

    /// <summary>"High Street in Westgate ward", "a supermarket", "Westgate ward", or "an unnamed place".</summary>
    public static string PlaceInWard(string? location, string? ward) => (PlaceName(location), ward) switch
    {
        ({ } p, { } w) => $"{p} in {w} ward",
        ({ } p, null) => p,
        (null, { } w) => $"{w} ward",
        _ => "an unnamed place",
    };

    /// <summary>"Westgate", "Westgate and Barton", "Westgate, Barton and Northgate" followed by "ward" or "wards".</summary>
    public static string WardList(IReadOnlyList<string> wards)
    {
        ArgumentNullException.ThrowIfNull(wards);
        if (wards.Count == 0) return "no ward";
        return $"{JoinAnd(wards)} ward{(wards.Count == 1 ? "" : "s")}";
    }

    /// <summary>
    /// Why hotspots are not classified over time, as a clause to follow "because": "the assessment period holds 2 whole
    /// quarters and the classification needs at least 4", or "not every month of the assessment period is loaded (Jul–Sep
    /// 2025 is incomplete), and the classification needs every quarter complete".
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="gap"/> is null.</exception>
    public static string ClassificationReason(ClassificationGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return gap.IncompleteBlock is { } incomplete
            ? $"not every month of the assessment period is loaded ({incomplete.ShortLabel} is incomplete), and the classification needs every {HotspotPeriods.BlockName(gap.BlockMonths, plural: false)} complete"
            : $"the assessment period holds {gap.Blocks} whole {HotspotPeriods.BlockName(gap.BlockMonths)} and the classification needs at least {gap.MinimumBlocks}";
    }

    /// <summary>
    /// Why a clustering method did not run, as a clause to follow "because": "there are no events in the period", or "the
    /// events are at 2 distinct map points, and choosing k from 2 by silhouette needs at least 3", or "the records lie at
    /// 1 distinct map point, fewer than the 5 needed …".
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="gap"/> is null.</exception>
    public static string ClusterGapReason(ClusterGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return gap.Kind switch
        {
            ClusterGapKind.NoEvents => "there are no events in the period",
            ClusterGapKind.TooFewPlacesToCluster =>
                $"the records lie at {PlacesPhrase(gap.Places)}, fewer than the {gap.MinimumPlaces} needed to tell a cluster from the few places where records happen to be",
            _ => $"the events are at {PlacesPhrase(gap.Places)}, and choosing k from {gap.SmallestK} by silhouette needs at least {gap.SmallestK + 1}",
        };
    }

    /// <summary>
    /// The sentence for a group whose records lie at too few places to cluster, worded like the Gi* note:
    /// "Clusters cannot be tested: the 12 crimes lie at 1 distinct map point, fewer than the 5 needed …, so no cluster is reported."
    /// </summary>
    /// <param name="events">The group's records in the assessment period.</param>
    /// <param name="recordNoun">The plural noun for the group's records ("crimes").</param>
    /// <param name="gap">A gap of kind <see cref="ClusterGapKind.TooFewPlacesToCluster"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="gap"/> is of another kind.</exception>
    public static string ClustersNotTested(double events, string recordNoun, ClusterGap gap)
    {
        ArgumentNullException.ThrowIfNull(recordNoun);
        ArgumentNullException.ThrowIfNull(gap);
        if (gap.Kind != ClusterGapKind.TooFewPlacesToCluster) throw new ArgumentException($"{gap.Kind} is not a gap of too few places.", nameof(gap));
        return string.Create(CultureInfo.InvariantCulture,
            $"Clusters cannot be tested: the {events:N0} {recordNoun} lie at {PlacesPhrase(gap.Places)}, fewer than the {gap.MinimumPlaces:N0} needed to tell a cluster from the few places where records happen to be, so no cluster is reported.");
    }

    private static string PlacesPhrase(int places) => string.Create(CultureInfo.InvariantCulture, $"{places:N0} distinct map point{(places == 1 ? "" : "s")}");

    /// <summary>
    /// The parameters a clustering method ran with: "eps 200 m, minPts 68 events" for DBSCAN; "k = 4 chosen by
    /// silhouette (0.61) from k = 2–8, 10 k-means++ starts, seed 20250101" for k-means; "" when it did not run.
    /// </summary>
    /// <param name="clusters">One method's findings.</param>
    /// <param name="options">The options the analysis ran with (radius, starts, seed).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ClusterParameters(ClusterFindings clusters, HotspotOptions options)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(options);
        if (clusters.DbscanMinPoints is { } minPoints)
            return string.Create(CultureInfo.InvariantCulture, $"eps {options.DbscanEpsilonMetres:0.#} m, minPts {minPoints:0.#} events");
        if (clusters.KMeansChoice is not { } choice || clusters.KMeansTried is not { } tried) return "";
        var range = tried.First == tried.Last ? $"{tried.First}" : $"{tried.First}\u2013{tried.Last}";
        return string.Create(CultureInfo.InvariantCulture,
            $"k = {choice.K} chosen by silhouette ({choice.Silhouette:0.00}) from k = {range}, {options.KMeansRestarts} k-means++ starts, seed {options.Seed}");
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string StripPrefix(string location)
    {
        var text = location.Trim();
        return text.StartsWith(OnOrNear, StringComparison.OrdinalIgnoreCase) ? text[OnOrNear.Length..].Trim() : text;
    }

    /// <summary>A count for reading: "1,234"; fractional weights are rounded.</summary>
    public static string Count(double value) => ReportNumbers.FormatCount((long)Math.Round(value, MidpointRounding.AwayFromZero));

    /// <summary>A share for reading: 0.4123 → "41%", 0.016 → "1.6%" (one decimal below 10 %, whole percent above).</summary>
    public static string Percent(double share) => ReportNumbers.FormatPercent(share, share > 0 && share < 0.1 ? 1 : 0);

    /// <summary>An area in km² for reading: "7.1 km²", or "0.06 km²" below 1 km².</summary>
    public static string Area(double squareKilometres) => ReportNumbers.Format(squareKilometres, new NumberFormat(squareKilometres < 1 ? 2 : 1)) + " km\u00b2";

    /// <summary>"p &lt; 0.001" or "p = 0.023" (three decimals, invariant culture).</summary>
    public static string PValue(double p) => p < 0.001 ? "p < 0.001" : string.Create(CultureInfo.InvariantCulture, $"p = {p:0.000}");

    /// <summary>A number with two decimals and a true minus sign.</summary>
    public static string TwoDecimals(double value) => ReportNumbers.Format(value, new NumberFormat(2));

    /// <summary>The category as the report names it, e.g. "persistent hotspot".</summary>
    public static string CategoryName(HotspotCategory category) => category switch
    {
        HotspotCategory.PersistentHotspot => "persistent hotspot",
        HotspotCategory.EmergingHotspot => "emerging hotspot",
        HotspotCategory.FormerHotspot => "former hotspot",
        HotspotCategory.IntermittentHotspot => "intermittent hotspot",
        HotspotCategory.PersistentColdspot => "persistent coldspot",
        HotspotCategory.EmergingColdspot => "emerging coldspot",
        HotspotCategory.FormerColdspot => "former coldspot",
        HotspotCategory.IntermittentColdspot => "intermittent coldspot",
        HotspotCategory.MixedHotAndColdspot => "mixed hotspot and coldspot",
        _ => "no pattern",
    };

    /// <summary>
    /// A hotspot's squares by category for a table cell: "4 persistent", "2 persistent, 2 former", "3 emerging, 1 no
    /// pattern" (most squares first); "" without a classification.
    /// </summary>
    /// <param name="area">A hotspot of the analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public static string CategoryMix(HotspotArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return string.Join(", ", area.CategoryMix.Select(c => $"{ReportNumbers.FormatCount(c.Value)} {ShortCategoryName(c.Key)}"));
    }

    /// <summary>The category without "hotspot" for lists of squares: "persistent", "former", "no pattern", "persistent coldspot".</summary>
    public static string ShortCategoryName(HotspotCategory category) => CategoryName(category).Replace(" hotspot", "", StringComparison.Ordinal);

    /// <summary>The two-period change as the report names it, e.g. "new hotspot".</summary>
    public static string ChangeName(HotspotChange change) => change switch
    {
        HotspotChange.NewHotspot => "new hotspot",
        HotspotChange.ContinuingHotspot => "continuing hotspot",
        HotspotChange.CeasedHotspot => "ceased hotspot",
        _ => "not a hotspot",
    };

    /// <summary>The confidence band as words: 3 → "99%", 2 → "95%", 1 → "90%", else "not significant".</summary>
    public static string BandName(int band) => Math.Abs(band) switch
    {
        3 => "99%",
        2 => "95%",
        1 => "90%",
        _ => "not significant",
    };

    /// <summary>"one", "two", … "nine", then digits with separators.</summary>
    public static string Number(int value) => value switch
    {
        0 => "no",
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", 9 => "nine",
        _ => ReportNumbers.FormatCount(value),
    };

    /// <summary>"1 square", "2 squares".</summary>
    internal static string Plural(int count, string singular, string? plural = null) =>
        $"{ReportNumbers.FormatCount(count)} {(count == 1 ? singular : plural ?? singular + "s")}";
}
