namespace Assessment.Core.Statistics;

/// <summary>The Shewhart chart a <see cref="ControlChartResult"/> was built as.</summary>
public enum ControlChartKind
{
    /// <summary>c-chart: counts per period with a constant opportunity (CL = c̄, limits c̄ ± 3√c̄).</summary>
    C,

    /// <summary>u-chart: rates with varying exposure (CL = ū = Σc/Σn, limits ū ± 3√(ū/nᵢ)).</summary>
    U,

    /// <summary>Laney (2002) u′-chart: the u-chart's limits scaled by σ_z, the baseline's variation between periods beyond Poisson's.</summary>
    LaneyU,

    /// <summary>XmR (individuals and moving range): CL = x̄, limits x̄ ± 2.66·MR̄.</summary>
    IndividualsMovingRange,
}
