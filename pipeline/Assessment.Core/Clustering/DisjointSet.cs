namespace Assessment.Core.Clustering;

/// <summary>Union–find with path halving and union by size.</summary>
internal sealed class DisjointSet
{
    private readonly int[] parent;
    private readonly int[] size;

    public DisjointSet(int count)
    {
        parent = new int[count];
        size = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
            size[i] = 1;
        }
    }

    public int Find(int item)
    {
        while (parent[item] != item)
        {
            parent[item] = parent[parent[item]];
            item = parent[item];
        }
        return item;
    }

    /// <summary>Joins the two sets; false when they were already one.</summary>
    public bool Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b) return false;
        if (size[a] < size[b]) (a, b) = (b, a);
        parent[b] = a;
        size[a] += size[b];
        return true;
    }
}
