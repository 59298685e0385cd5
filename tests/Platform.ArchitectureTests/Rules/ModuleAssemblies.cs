using System.Reflection;

namespace Platform.ArchitectureTests.Rules;

/// <summary>
/// The assemblies the rules apply to, found by name in the test's output folder (which holds everything the host
/// references), so a new module is checked the day it is referenced without editing a list here.
/// A module assembly is named <c>&lt;Module&gt;.&lt;Part&gt;</c> (<c>Secrets.Core</c>, <c>Secrets.Contracts</c>,
/// <c>Scheduler.Agent</c>); building blocks are <c>Platform.*</c>.
/// </summary>
internal static class ModuleAssemblies
{
    public static readonly string[] BuildingBlockNames = ["Platform.Kernel", "Platform.Hcl"];

    public static IReadOnlyList<Assembly> All { get; } = Load();

    public static IReadOnlyList<Assembly> BuildingBlocks { get; } =
        BuildingBlockNames.Select(name => Assembly.Load(new AssemblyName(name))).ToList();

    /// <summary>The module a module assembly belongs to (<c>Secrets</c> for <c>Secrets.Core</c>), or null for anything else.</summary>
    public static string? ModuleOf(string assemblyName, IReadOnlyCollection<string> moduleAssemblyNames) =>
        moduleAssemblyNames.Contains(assemblyName) ? assemblyName[..assemblyName.IndexOf('.', StringComparison.Ordinal)] : null;

    public static bool IsModuleAssemblyName(string name) =>
        name.Contains('.', StringComparison.Ordinal)
        && Directory.Exists(Path.Combine(RepositoryRoot(), "src", "Modules", name[..name.IndexOf('.', StringComparison.Ordinal)], name));

    private static List<Assembly> Load()
    {
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not null && IsModuleAssemblyName(name))
            .Select(name => Assembly.Load(new AssemblyName(name!)))
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToList();
        return assemblies.Count > 0
            ? assemblies
            : throw new InvalidOperationException($"No module assembly found in {AppContext.BaseDirectory}: the rules would check nothing.");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Platform.sln not found above {AppContext.BaseDirectory}.");
    }
}
