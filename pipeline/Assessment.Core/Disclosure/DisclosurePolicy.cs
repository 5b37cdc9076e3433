using Assessment.Core.Reporting;

namespace Assessment.Core.Disclosure;

/// <summary>
/// How a run's outputs treat small counts: the edition, the suppression threshold and the protective marking that
/// follows from the edition. In the public edition a count from 1 to <see cref="Threshold"/> − 1 is suppressed; zero
/// is shown, because a zero identifies nobody and police.uk itself publishes empty categories and months (ONS and the
/// Government Statistical Service treat zeros as safe unless a zero reveals something about every member of a
/// group, which a count of recorded crimes does not).
/// </summary>
/// <param name="Edition">Public or restricted.</param>
/// <param name="Threshold">The smallest count shown in the public edition (default 5; at least 2).</param>
public sealed record DisclosurePolicy(PublicationEdition Edition, int Threshold = DisclosurePolicy.DefaultThreshold)
{
    /// <summary>The default threshold: counts 1–4 are suppressed.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>What a suppressed table cell or chart label shows: the Government Statistical Service symbol for a confidential value.</summary>
    public const string SuppressedSymbol = SuppressionWording.Symbol;

    /// <summary>The restricted edition (everything shown).</summary>
    public static DisclosurePolicy Restricted { get; } = new(PublicationEdition.Restricted);

    /// <summary>The public edition with the default threshold.</summary>
    public static DisclosurePolicy Public { get; } = new(PublicationEdition.Public);

    /// <summary>The Government Security Classifications marking of the edition: "OFFICIAL" (public) or "OFFICIAL-SENSITIVE" (restricted).</summary>
    public string Marking => Edition == PublicationEdition.Public ? "OFFICIAL" : "OFFICIAL-SENSITIVE";

    /// <summary>True when this edition suppresses small counts.</summary>
    public bool Suppresses => Edition == PublicationEdition.Public;

    /// <summary>True for a count that must not be shown in the public edition: 1 to <see cref="Threshold"/> − 1 (whatever the edition).</summary>
    public bool IsSmall(double count) => count >= 1 && count < Threshold;

    /// <summary>The threshold to resolve count marks with (<see cref="CountMarkers.Resolve"/>): null in the restricted edition, which shows every count.</summary>
    public int? ResolveThreshold => Suppresses ? Threshold : null;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when the threshold is below 2 (nothing would be suppressed).</summary>
    public DisclosurePolicy Validated() =>
        Threshold >= 2 ? this : throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The suppression threshold must be at least 2.");
}
