using System.Globalization;

namespace Assessment.Core.Reporting;

/// <summary>The numbering of sections: chapters 1, 2, …; their children 1.1, 1.2, …; deeper sections are not numbered or listed.</summary>
public static class ReportContents
{
    /// <summary>The contents lines of <paramref name="document"/>, in reading order.</summary>
    public static IReadOnlyList<ContentsEntry> Entries(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entries = new List<ContentsEntry>();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var chapter = document.Sections[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            entries.Add(new ContentsEntry(chapter.Id, number, chapter.Title, 1));
            for (var j = 0; j < chapter.Children.Count; j++)
                entries.Add(new ContentsEntry(chapter.Children[j].Id, $"{number}.{(j + 1).ToString(CultureInfo.InvariantCulture)}", chapter.Children[j].Title, 2));
        }

        return entries;
    }
}
