using MediatR;

namespace Platform.ArchitectureTests.Rules;

/// <summary>
/// Handlers are <c>internal sealed</c>: other modules reach a use case through its request in Contracts and the
/// pipeline, never by calling a handler (which would skip authentication, authorization and audit).
/// </summary>
internal static class HandlerVisibilityRule
{
    public static IReadOnlyList<string> FindOffenders(IEnumerable<Type> types) =>
        types.Where(IsHandler)
            .Where(type => type.IsVisible || !type.IsSealed)
            .Select(type => $"{type.FullName}: {(type.IsVisible ? "public" : "internal")} {(type.IsSealed ? "sealed" : "not sealed")}")
            .ToList();

    private static bool IsHandler(Type type) =>
        type is { IsInterface: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>));
}
