using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.ArchitectureTests.Rules;

/// <summary>
/// MediatR runs behaviors in registration order, outermost first; DESIGN.md fixes that order for every module.
/// </summary>
internal static class PipelineOrderRule
{
    /// <summary>The open generic behavior types registered for <see cref="IPipelineBehavior{TRequest,TResponse}"/>, in order.</summary>
    public static IReadOnlyList<Type> RegisteredBehaviors(IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(IPipelineBehavior<,>) || (d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IPipelineBehavior<,>)))
            .Select(d => d.ImplementationType ?? throw new InvalidOperationException($"A pipeline behavior for {d.ServiceType} is registered by factory or instance; the order check needs its type."))
            .Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t)
            .ToList();

    /// <returns>Empty when <paramref name="actual"/> is exactly <paramref name="expected"/>; otherwise one line saying how it differs.</returns>
    public static IReadOnlyList<string> FindOffenders(IReadOnlyList<Type> actual, IReadOnlyList<Type> expected) =>
        actual.SequenceEqual(expected)
            ? []
            : [$"pipeline is {Describe(actual)}; DESIGN.md requires {Describe(expected)}"];

    private static string Describe(IEnumerable<Type> types) =>
        string.Join(" → ", types.Select(t => t.Name.Split('`')[0]));
}
