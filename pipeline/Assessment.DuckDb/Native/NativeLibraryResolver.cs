using System.Reflection;
using System.Runtime.InteropServices;

namespace Assessment.DuckDb.Native;

/// <summary>
/// Loads DuckDB's native library from next to this assembly first (where the build copies it), then from the
/// application folder, then from the platform's default search path.
/// </summary>
internal static class NativeLibraryResolver
{
    private static readonly object Gate = new();
    private static bool registered;

    /// <summary>The platform file name of DuckDB's native library.</summary>
    public static string LibraryFileName =>
        OperatingSystem.IsWindows() ? "duckdb.dll"
        : OperatingSystem.IsMacOS() ? "libduckdb.dylib"
        : "libduckdb.so";

    /// <summary>Registers the resolver for this assembly; later calls do nothing.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (registered)
            {
                return;
            }

            NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);
            registered = true;
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != NativeMethods.LibraryName)
        {
            return 0;
        }

        foreach (var directory in CandidateDirectories(assembly))
        {
            var candidate = System.IO.Path.Combine(directory, LibraryFileName);
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle))
            {
                return handle;
            }
        }

        if (NativeLibrary.TryLoad(libraryName, assembly, searchPath, out var fallback))
        {
            return fallback;
        }

        throw new DllNotFoundException(
            $"DuckDB's native library {LibraryFileName} was not found next to {assembly.GetName().Name}.dll " +
            $"({string.Join(", ", CandidateDirectories(assembly))}) nor on the system search path. " +
            "Building the solution fetches it from npm (see pipeline/Assessment.DuckDb/README.md).");
    }

    private static IEnumerable<string> CandidateDirectories(Assembly assembly)
    {
        // Location is empty in single-file apps; the application folder covers that case.
        var assemblyDirectory = string.IsNullOrEmpty(assembly.Location)
            ? null
            : System.IO.Path.GetDirectoryName(assembly.Location);
        if (!string.IsNullOrEmpty(assemblyDirectory))
        {
            yield return assemblyDirectory;
        }

        if (!string.Equals(assemblyDirectory?.TrimEnd(System.IO.Path.DirectorySeparatorChar),
                AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            yield return AppContext.BaseDirectory;
        }
    }
}
