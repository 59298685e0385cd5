namespace Platform.ArchitectureTests.Rules;

/// <summary>
/// A module references only its own assemblies, other modules' <c>*.Contracts</c> and the building blocks; a
/// module's Contracts never reference its Core; building blocks reference no module at all.
/// </summary>
internal static class ModuleReferenceRule
{
    /// <param name="references">Each assembly name with the names of the assemblies it references.</param>
    /// <param name="moduleAssemblyNames">Which of those names are module assemblies (<c>Module.Part</c>).</param>
    /// <param name="buildingBlockNames">The building blocks (<c>Platform.Kernel</c>, <c>Platform.Hcl</c>).</param>
    public static IReadOnlyList<string> FindOffenders(
        IEnumerable<(string Assembly, IEnumerable<string> References)> references,
        IReadOnlyCollection<string> moduleAssemblyNames,
        IReadOnlyCollection<string> buildingBlockNames)
    {
        var offenders = new List<string>();
        foreach (var (assembly, referenced) in references)
        {
            var module = ModuleAssemblies.ModuleOf(assembly, moduleAssemblyNames);
            foreach (var target in referenced.Where(moduleAssemblyNames.Contains))
            {
                var targetModule = ModuleAssemblies.ModuleOf(target, moduleAssemblyNames);
                if (buildingBlockNames.Contains(assembly))
                {
                    offenders.Add($"{assembly} → {target}: a building block references a module");
                }
                else if (module is null)
                {
                    continue;
                }
                else if (targetModule != module && !target.EndsWith(".Contracts", StringComparison.Ordinal))
                {
                    offenders.Add($"{assembly} → {target}: another module is reachable only through its Contracts");
                }
                else if (targetModule == module && assembly.EndsWith(".Contracts", StringComparison.Ordinal) && !target.EndsWith(".Contracts", StringComparison.Ordinal))
                {
                    offenders.Add($"{assembly} → {target}: Contracts must not depend on the module's implementation");
                }
            }
        }

        return offenders;
    }
}
