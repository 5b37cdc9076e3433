using Assessment.Core.Benchmarking;
using Assessment.Core.Model;
using Assessment.Core.Prioritisation;
using Assessment.Core.Trends;
using static Assessment.Core.Tests.Prioritisation.Candidates;

namespace Assessment.Core.Tests.Prioritisation;

public sealed class PrioritisationMatrixTests
{
    private static PrioritisationSettings Settings(int recommend = 5, params VulnerabilityRating[] ratings) =>
        PrioritisationSettings.Default with { Recommend = recommend, Vulnerability = ratings };

    /// <summary>
    /// Worked by hand. Three candidates; quintiles of three distinct values score 1, 3, 5 (mid-ranks 1, 2, 3 of n = 3:
    /// 1 + ⌊0.83⌋, 1 + ⌊2.5⌋, 1 + ⌊4.17⌋). No trend and no consultation, so trend and public concern are the neutral 3.
    ///
    ///        volume      harm       vulnerability  benchmark   trend concern  total
    ///   a    300 → 5     10 → 1     3              higher → 5  3     3        20
    ///   b    200 → 3     90 → 5     3              similar → 3 3     3        20
    ///   c    100 → 1     50 → 3     5              lower → 1   3     3        16
    ///
    /// a and b tie on 20; the tie goes to the id first in ordinal order, so a is 1st, b 2nd, c 3rd.
    /// Each weight ×0.8 and ×1.2 in turn changes a total by ±0.2 × its score:
    ///   volume ×1.2: a 21.0, b 20.6 → a first;   ×0.8: a 19.0, b 19.4 → b first.
    ///   harm ×1.2:   a 20.2, b 21.0 → b first;   ×0.8: a 19.8, b 19.0 → a first.
    ///   benchmark ×1.2: a 21.0, b 20.6 → a;      ×0.8: a 19.0, b 19.4 → b.
    ///   trend, concern, vulnerability: a and b both move by 0.6, still tied → a first.
    ///   c reaches at most 16 + 0.2 × 5 = 17 and stays 3rd.
    /// So a and b each range over ranks 1–2 and c stays 3rd.
    /// </summary>
    private static IReadOnlyList<CandidateIssue> HandWorked() =>
    [
        Issue("a", volume: 300, harm: 10, benchmark: RateVerdict.Higher),
        Issue("b", volume: 200, harm: 90, benchmark: RateVerdict.Similar),
        Issue("c", volume: 100, harm: 50, benchmark: RateVerdict.Lower),
    ];

    private static readonly VulnerabilityRating[] HandWorkedRatings =
        [new("a", 3, "test"), new("b", 3, "test"), new("c", 5, "test")];

    [Fact]
    public void Score_HandWorkedCase_TotalsRanksAndRankRanges()
    {
        var result = Score(HandWorked(), Settings(1, HandWorkedRatings), null);

        Assert.Equal(["a", "b", "c"], result.Candidates.Select(c => c.Id));
        Assert.Equal([20.0, 20.0, 16.0], result.Candidates.Select(c => c.Total));
        Assert.Equal([(1, 1, 2), (2, 1, 2), (3, 3, 3)], result.Candidates.Select(c => (c.Rank, c.RankLow, c.RankHigh)));
        Assert.Equal([5, 3, 1, 3, 3, 5], result.Candidates[0].Scores.Select(s => s.Score));
        Assert.Equal([true, false, true, true, false, true], result.Candidates[0].Scores.Select(s => s.Measured));
    }

    [Fact]
    public void Score_HandWorkedCase_RecommendsTheTopOneAndSaysItsRankIsUnstable()
    {
        var result = Score(HandWorked(), Settings(1, HandWorkedRatings), null);

        var top = Assert.Single(result.RecommendedCandidates);
        Assert.Equal("a", top.Id);
        Assert.Contains("ranks 1–2 when each weight moves by 20%; so whether it is in the top 1 depends on the weights", top.Evidence, StringComparison.Ordinal);
        Assert.Contains("Trend: not available (no year-on-year comparison), so the neutral 3.", top.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SameInputTwiceOrShuffled_SameRanksAndScores()
    {
        var candidates = Enumerable.Range(0, 12).Select(i => Issue($"id-{i:00}", volume: (i * 37) % 11, harm: i % 4 == 0 ? null : (i * 13) % 7,
            benchmark: (RateVerdict)(i % 3), trend: Trend(50 + i, 60 - i, YoyVerdict.NoSignificantChange))).ToList();
        var first = Score(candidates, Settings(), null);
        var again = Score(candidates, Settings(), null);
        var shuffled = Score([.. candidates.OrderBy(c => (c.Id.GetHashCode(StringComparison.Ordinal) * 31) ^ 7).Reverse()], Settings(), null);

        string Key(PrioritisationResult r) => string.Join(";", r.Candidates.Select(c => $"{c.Id}:{c.Rank}:{c.RankLow}-{c.RankHigh}:{c.Total}:{string.Join(",", c.Scores.Select(s => s.Score))}"));
        Assert.Equal(Key(first), Key(again));
        Assert.Equal(Key(first), Key(shuffled));
        Assert.Equal(Enumerable.Range(1, 12), first.Candidates.Select(c => c.Rank));
    }

    [Fact]
    public void Score_MissingInput_TakesTheNeutralScoreAndIsFlagged()
    {
        var result = Score([Issue("a", volume: 5), Issue("b")], Settings(), null);

        var b = result.Candidates.Single(c => c.Id == "b");
        Assert.All(b.Scores, s => Assert.False(s.Measured));
        Assert.All(b.Scores, s => Assert.Equal(PrioritisationMatrix.NeutralScore, s.Score));
        Assert.Equal("not set", Basis(result, "b", PrioritisationCriterion.Vulnerability));
        Assert.False(b.Recommended);
        Assert.False(result.Candidates.Single(c => c.Id == "a").Recommended);
    }

    [Fact]
    public void Score_Consultation_MatchesByIdNameOrBareIdAndReportsThemesItCannotUse()
    {
        CandidateIssue[] candidates =
        [
            new("crime-shoplifting", "Shoplifting", CandidateKind.CrimeType, 10, VolumeUnit.Crimes, null, null, 1, null, "t"),
            new("crime-anti-social-behaviour", "Anti-social behaviour", CandidateKind.CrimeType, 20, VolumeUnit.Crimes, null, null, null, null, "t"),
            new("priority-anti-social-behaviour", "Disrupt anti-social behaviour", CandidateKind.PriorityTheme, 30, VolumeUnit.Crimes, null, null, 2, null, "t"),
            new("priority-safeguarding", "Safeguarding", CandidateKind.PriorityTheme, null, VolumeUnit.Crimes, null, null, null, null, "t"),
        ];
        var consultation = new ConsultationExtract("survey.csv", 1,
        [
            new("SHOPLIFTING", 0.2, 500, 2),
            new("crime-anti-social-behaviour", 0.5, 500, 3),
            new("safeguarding", 0.1, 480, 4),
            new("Litter", 0.4, 500, 5),
            new("anti social behaviour", 0.3, 500, 6),
        ], IsSynthetic: true);

        var result = Score(candidates, Settings(), consultation);

        string Concern(string id) => Basis(result, id, PrioritisationCriterion.PublicConcern);
        Assert.Equal("named by 20% of 500 respondents (synthetic sample)", Concern("crime-shoplifting"));
        Assert.StartsWith("named by 50%", Concern("crime-anti-social-behaviour"), StringComparison.Ordinal);
        Assert.StartsWith("named by 10%", Concern("priority-safeguarding"), StringComparison.Ordinal);
        Assert.Equal("not asked (not in the consultation extract)", Concern("priority-anti-social-behaviour"));
        Assert.Equal(
            [
                new PrioritisationNote(PrioritisationNoteKind.UnmatchedTheme, "Litter", 5, []),
                new PrioritisationNote(PrioritisationNoteKind.RepeatedTheme, "anti social behaviour", 6, ["crime-anti-social-behaviour"], 3),
            ],
            result.Notes.Select(n => n with { CandidateIds = [.. n.CandidateIds] }), new NoteComparer());
        Assert.Equal(new ConsultationSource("survey.csv", 1, true), result.Consultation);
    }

    [Fact]
    public void Score_ConsultationThemeMatchingTwoCandidates_IsReportedNotGuessed()
    {
        CandidateIssue[] candidates =
        [
            new("crime-drugs", "Drug offences", CandidateKind.CrimeType, 10, VolumeUnit.Crimes, null, null, 1, null, "t"),
            new("priority-drugs", "Tackle drug dealing", CandidateKind.PriorityTheme, 20, VolumeUnit.Crimes, null, null, 2, null, "t"),
        ];
        var consultation = new ConsultationExtract("s.csv", 2, [new("drugs-x", 0.2, 10, 2), new("DRUG OFFENCES!", 0.3, 10, 3)], false);

        var result = Score(candidates, Settings(), consultation);

        // "DRUG OFFENCES!" is the name of crime-drugs (letters compared), so it matches one; "drugs-x" matches nothing.
        Assert.Equal((PrioritisationNoteKind.UnmatchedTheme, "drugs-x", (long?)2), Assert.Single(result.Notes) is var n ? (n.Kind, n.Subject, n.Line) : default);
        Assert.True(result.Candidates.Single(c => c.Id == "crime-drugs").ScoreOf(PrioritisationCriterion.PublicConcern).Measured);

        var bare = Score(candidates, Settings(), new ConsultationExtract("s.csv", 1, [new("Drugs", 0.2, 10, 4)], false));
        // "Drugs" is neither id nor name, but both ids without their prefix: not guessed.
        var ambiguous = Assert.Single(bare.Notes);
        Assert.Equal((PrioritisationNoteKind.AmbiguousTheme, "crime-drugs,priority-drugs"), (ambiguous.Kind, string.Join(",", ambiguous.CandidateIds)));
        Assert.All(bare.Candidates, c => Assert.False(c.ScoreOf(PrioritisationCriterion.PublicConcern).Measured));
    }

    [Fact]
    public void Score_VulnerabilityForAnUnknownId_IsReported()
    {
        var result = Score(HandWorked(), Settings(5, new VulnerabilityRating("zzz", 4, "forum")), null);

        var note = Assert.Single(result.Notes);
        Assert.Equal((PrioritisationNoteKind.UnknownVulnerabilityId, "zzz", (long?)null), (note.Kind, note.Subject, note.Line));
    }

    [Fact]
    public void Score_BadWeightsOrInputs_AreRefusedNamingTheKey()
    {
        var negative = Settings() with { Weights = PrioritisationWeights.Equal with { Harm = -1 } };
        Assert.Contains("prioritisation.weights.harm is -1", Assert.Throws<ArgumentException>(() => Score(HandWorked(), negative, null)).Message, StringComparison.Ordinal);
        var zero = Settings() with { Weights = new PrioritisationWeights(0, 0, 0, 0, 0, 0) };
        Assert.Contains("Every weight", Assert.Throws<ArgumentException>(() => Score(HandWorked(), zero, null)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Score([Issue("a"), Issue("a")], Settings(), null));
        Assert.Throws<ArgumentException>(() => Score(HandWorked(), Settings(5, new VulnerabilityRating("a", 6, "x")), null));
    }

    [Fact]
    public void Score_Weights_ChangeTheTotals()
    {
        var doubleHarm = Settings(1, HandWorkedRatings) with { Weights = PrioritisationWeights.Equal with { Harm = 2 } };

        var result = Score(HandWorked(), doubleHarm, null);

        // b: 20 + 5 = 25; a: 20 + 1 = 21; c: 16 + 3 = 19.
        Assert.Equal([("b", 25.0), ("a", 21.0), ("c", 19.0)], result.Candidates.Select(c => (c.Id, c.Total)));
    }

    /// <summary>Notes compared by value, their id lists by content.</summary>
    private sealed class NoteComparer : IEqualityComparer<PrioritisationNote>
    {
        public bool Equals(PrioritisationNote? x, PrioritisationNote? y) =>
            x is not null && y is not null && (x.Kind, x.Subject, x.Line, x.FirstLine) == (y.Kind, y.Subject, y.Line, y.FirstLine) && x.CandidateIds.SequenceEqual(y.CandidateIds);

        public int GetHashCode(PrioritisationNote obj) => HashCode.Combine(obj.Kind, obj.Subject);
    }
}
