#:project ../pipeline/Assessment.Storage/Assessment.Storage.csproj
#:property PublishAot=false

// Opens a store written by `assessment run` and prints what it holds: files by force and status, rows by month,
// and the commonest reasons rows were rejected. A starting point for ad-hoc questions.
// Run: cd notebooks && dotnet run explore-store.cs [path/to/assessment.duckdb]
// (close any running `assessment` first: a store is locked to one process at a time).
using DuckDB.NET.Data;

var path = args.Length > 0 ? args[0] : "../reports/assessment.duckdb";
var settings = new DuckDBConnectionStringBuilder { DataSource = Path.GetFullPath(path) };
settings["autoinstall_known_extensions"] = "false";
settings["autoload_known_extensions"] = "false";
using var connection = new DuckDBConnection(settings.ConnectionString);
connection.Open();

Print("Files by force and status", "SELECT force, status, count(*) AS files, sum(rows_read) AS rows_read, sum(rows_loaded) AS rows_loaded, sum(rows_rejected) AS rows_rejected FROM source_file GROUP BY ALL ORDER BY ALL");
Print("Rows by month", "SELECT strftime(month, '%Y-%m') AS month, count(*) AS rows, count(*) FILTER (WHERE longitude IS NULL) AS no_location FROM street_record GROUP BY ALL ORDER BY ALL");
Print("Top crime types", "SELECT crime_type, count(*) AS rows FROM street_record GROUP BY ALL ORDER BY rows DESC LIMIT 15");
Print("Commonest reject reasons", "SELECT error_type, count(*) AS rows FROM load_reject GROUP BY ALL ORDER BY rows DESC LIMIT 10");

void Print(string title, string sql)
{
    Console.WriteLine($"\n{title}");
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    using var reader = command.ExecuteReader();
    var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
    Console.WriteLine(string.Join("\t", names));
    while (reader.Read())
        Console.WriteLine(string.Join("\t", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
}
