using System.Reflection;
using System.Runtime.CompilerServices;
using MediatR;
using Platform.Kernel.Auth;

namespace Platform.ArchitectureTests.Rules;

/// <summary>
/// Every request either declares the ACL path and capability it needs (<see cref="IAclRequest"/> with a capability
/// other than <see cref="Capability.None"/>) or says it is served without a token (<see cref="UnauthenticatedAttribute"/>).
/// The authorization behavior refuses undeclared requests at run time too; this finds them before anyone calls them.
/// </summary>
internal static class RequestDeclarationRule
{
    /// <returns>One line per offending request type, naming it and what is missing.</returns>
    public static IReadOnlyList<string> FindOffenders(IEnumerable<Type> types)
    {
        var offenders = new List<string>();
        foreach (var type in types.Where(IsConcreteRequest))
        {
            var unauthenticated = type.GetCustomAttribute<UnauthenticatedAttribute>() is not null;
            var acl = typeof(IAclRequest).IsAssignableFrom(type);
            if (unauthenticated && acl)
            {
                offenders.Add($"{type.FullName}: both [Unauthenticated] and IAclRequest; choose one");
            }
            else if (!unauthenticated && !acl)
            {
                offenders.Add($"{type.FullName}: neither IAclRequest nor [Unauthenticated]");
            }
            else if (acl && DeclaredCapability(type) is var capability && capability == Capability.None)
            {
                offenders.Add($"{type.FullName}: IAclRequest with RequiredCapability None");
            }
        }

        return offenders;
    }

    public static bool IsConcreteRequest(Type type) =>
        type is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>));

    /// <summary>
    /// Reads the capability from an instance built without running a constructor: capabilities are declared per
    /// request type, so a request whose capability depends on its field values (and throws on defaults) is reported.
    /// </summary>
    private static Capability DeclaredCapability(Type type)
    {
        var instance = (IAclRequest)RuntimeHelpers.GetUninitializedObject(type);
        return instance.RequiredCapability;
    }
}
