#:project ../pipeline/Assessment.Core/Assessment.Core.csproj
#:property PublishAot=false

// Times Gi* on a 250 m grid and DBSCAN (eps 100 m, minPts 20) on 1,000,000 synthetic, district-like points.
// Run: cd notebooks && dotnet run bench-spatial.cs [points]
using System.Diagnostics;
using System.Globalization;
using Assessment.Core.Clustering;
using Assessment.Core.Spatial;

var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var random = new Random(2025);
var clock = Stopwatch.StartNew();

// A district about 30 km × 25 km: twelve dense centres (town centres, retail parks, the night-time economy) hold 80 % of
// events; the other 20 % are background, too sparse to reach 20 events within 100 m on their own.
(double E, double N, double Sd, double Share)[] centres =
[
    (614_900, 157_800, 150, 0.16), (616_200, 158_300, 300, 0.12), (620_500, 166_900, 200, 0.10), (626_000, 168_200, 250, 0.08),
    (608_400, 160_100, 400, 0.07), (612_700, 152_300, 350, 0.06), (618_800, 162_500, 800, 0.06), (622_300, 159_000, 600, 0.05),
    (628_900, 154_400, 120, 0.04), (604_300, 169_200, 500, 0.03), (624_100, 171_800, 180, 0.02), (610_600, 165_500, 900, 0.01),
];
var continuous = new EventPoint[count];
for (var i = 0; i < count; i++) continuous[i] = Draw(random);

// The same events moved to the nearest of 30,000 "snap points" (drawn from the same pattern), as police.uk does.
const double SnapCell = 25;
var snapGrid = new Dictionary<(long, long), List<GridCoordinate>>();
for (var i = 0; i < 30_000; i++)
{
    var s = Draw(random).Coordinate;
    var key = ((long)Math.Floor(s.Easting / SnapCell), (long)Math.Floor(s.Northing / SnapCell));
    if (!snapGrid.TryGetValue(key, out var list)) snapGrid[key] = list = [];
    list.Add(s);
}
var snapped = continuous.Select(p => { var s = Nearest(p.Coordinate); return new EventPoint(s.Easting, s.Northing); }).ToArray();
Console.WriteLine($"generated {count:N0} points (and a snapped copy) in {clock.Elapsed.TotalSeconds:F2} s");

foreach (var (name, points) in new[] { ("continuous", continuous), ("snapped to 30k points", snapped) })
{
    Console.WriteLine($"--- {name}: {points.Select(p => (p.Easting, p.Northing)).Distinct().Count():N0} distinct positions");
    // Two rounds: the first includes JIT compilation, the second is the steady state.
    for (var round = 1; round <= 2; round++)
    {
        clock.Restart();
        var grid = SquareGrid.Covering(points);
        var counts = grid.Count(points);
        var gridSeconds = clock.Elapsed.TotalSeconds;
        var gi = GetisOrdGiStar.Compute(counts);
        Console.WriteLine($"[{round}] Gi* 250 m grid: {grid.Columns} × {grid.Rows} = {grid.Cells.Count:N0} cells; grid + count {gridSeconds:F3} s, Gi* {clock.Elapsed.TotalSeconds - gridSeconds:F3} s, total {clock.Elapsed.TotalSeconds:F3} s; hot cells (q < 0.05) {gi.Hotspots().Count():N0}");

        clock.Restart();
        var model = DbscanEstimator.Fit(points, 100, 20);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"[{round}] DBSCAN eps 100 m, minPts 20: {seconds:F3} s; {model.ClusterCount:N0} clusters, {model.IsCore.Count(c => c):N0} core, {model.Labels.Count(l => l < 0):N0} noise");
    }
}
Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:F0} MB on {Environment.ProcessorCount} cores");

double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

EventPoint Draw(Random r)
{
    var u = r.NextDouble();
    foreach (var c in centres)
    {
        if ((u -= c.Share) >= 0) continue;
        return new EventPoint(Math.Round(c.E + Gaussian() * c.Sd), Math.Round(c.N + Gaussian() * c.Sd));
    }
    return new EventPoint(Math.Round(602_000 + r.NextDouble() * 30_000), Math.Round(150_000 + r.NextDouble() * 25_000));
}

// Ring search on the snap grid: stop once the ring is farther away than the best distance found.
GridCoordinate Nearest(GridCoordinate p)
{
    var best = p;
    var bestDistance = double.MaxValue;
    var (cx, cy) = ((long)Math.Floor(p.Easting / SnapCell), (long)Math.Floor(p.Northing / SnapCell));
    for (var ring = 0; (ring - 1) * SnapCell <= bestDistance; ring++)
    {
        for (var dx = -ring; dx <= ring; dx++)
            for (var dy = -ring; dy <= ring; dy++)
            {
                if (Math.Max(Math.Abs(dx), Math.Abs(dy)) != ring || !snapGrid.TryGetValue((cx + dx, cy + dy), out var list)) continue;
                foreach (var s in list)
                {
                    var d = p.DistanceTo(s);
                    if (d < bestDistance) (bestDistance, best) = (d, s);
                }
            }
    }
    return best;
}
