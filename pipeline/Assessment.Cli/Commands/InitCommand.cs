using System.Text;
using Assessment.Cli.CommandLine;
using Assessment.Core.Model;
using Assessment.Files.Configuration;
using Assessment.Files.Lookups;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>
/// <c>assessment init</c>: writes a starting configuration for any Community Safety Partnership in England and Wales,
/// found by partnership or district in the ONS lookups that ship beside the executable.
/// </summary>
internal sealed class InitCommand(CliContext context)
{
    /// <summary>Exactly one of <paramref name="csp"/> and <paramref name="district"/>; the file is refused if it exists, unless <paramref name="force"/>.</summary>
    public int Execute(string? csp, string? district, string? outPath, bool force, string? endMonthText, string lookupsFolder)
    {
        var console = context.Console;
        if ((csp is null) == (district is null))
        {
            console.MarkupLine("[red]error:[/] give exactly one of --csp NAME_OR_CODE (a Community Safety Partnership) or --district NAME_OR_CODE (a district; its partnership is used).");
            return ExitCodes.Fatal;
        }
        YearMonth endMonth;
        if (endMonthText is null)
        {
            // police.uk publishes a month about two months after it ends.
            var today = context.Clock.GetUtcNow();
            endMonth = new YearMonth(today.Year, today.Month).AddMonths(-2);
        }
        else if (!YearMonth.TryParse(endMonthText, out endMonth))
        {
            console.MarkupLine($"[red]error:[/] --end-month is \"{Markup.Escape(endMonthText)}\"; expected a month like 2025-12.");
            return ExitCodes.Fatal;
        }

        var lookup = PartnershipLookup.Load(lookupsFolder);
        var partnership = csp is not null ? lookup.FindPartnership(csp) : lookup.FindByDistrict(district!);
        var path = Path.GetFullPath(outPath ?? StartingConfiguration.FileSlug(partnership.Name) + ".yaml", context.WorkingDirectory);
        if (File.Exists(path) && !force)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(path)} already exists; nothing was written. Choose another --out, or add --force to replace it.");
            return ExitCodes.Fatal;
        }

        var command = csp is not null ? $"assessment init --csp \"{csp}\"" : $"assessment init --district \"{district}\"";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, StartingConfiguration.Write(partnership, lookup.TransportPolice, endMonth, command), new UTF8Encoding(false));

        var districts = string.Join(", ", partnership.Districts.Select(d => $"{d.Name} ({d.Code})"));
        console.MarkupLine($"[green]Wrote[/] {Markup.Escape(path)}");
        console.MarkupLine($"  Partnership: {Markup.Escape(partnership.Name)} ({partnership.Code}); districts: {Markup.Escape(districts)}");
        console.MarkupLine($"  police.uk files to download: {partnership.Force.PoliceUkForce} ({Markup.Escape(partnership.Force.Name)}) and {lookup.TransportPolice.PoliceUkForce} ({Markup.Escape(lookup.TransportPolice.Name)})");
        console.MarkupLine($"  Next: edit the file (boundaries, priorities, action plan), then [bold]assessment run --config {Markup.Escape(Quoted(Path.GetRelativePath(context.WorkingDirectory, path)))} --input YOUR_DOWNLOAD[/]");
        return ExitCodes.Ok;
    }

    private static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
