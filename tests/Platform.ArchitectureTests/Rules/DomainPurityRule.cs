namespace Platform.ArchitectureTests.Rules;

/// <summary>
/// <c>Domain/</c> holds pure rules: no Orleans, no ASP.NET, no storage or transport. A domain type that needs one of
/// those belongs in a grain, a handler or an adapter instead.
/// </summary>
internal static class DomainPurityRule
{
    /// <summary>Namespace prefixes a domain type must not touch, in its signature or in any method body.</summary>
    public static readonly string[] ForbiddenNamespaces =
    [
        "Orleans",
        "Microsoft.AspNetCore",
        "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting",
        "Microsoft.Data",
        "StackExchange.Redis",
        "System.Net.Http",
        "MediatR",
        "Serilog",
        "Platform.Kernel.Storage",
        "Platform.Kernel.Http",
    ];

    public static bool IsDomainType(Type type) =>
        type.Namespace is { } ns && ns.Split('.').Contains("Domain", StringComparer.Ordinal);

    public static IReadOnlyList<string> FindOffenders(IEnumerable<Type> types) =>
        types.Where(IsDomainType)
            .SelectMany(type => TypeReferenceScanner.ReferencedTypes(type)
                .Where(IsForbidden)
                .Select(referenced => $"{type.FullName} uses {referenced.FullName ?? referenced.Name}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsForbidden(Type type) =>
        type.Namespace is { } ns
        && ForbiddenNamespaces.Any(prefix => ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));
}
