using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Auth;

namespace Platform.Kernel.Pipeline;

/// <summary>
/// Wires MediatR 5.1 by hand (it has no DI package here). MediatR runs behaviors in registration order, outermost
/// first, so the order below is the pipeline of DESIGN.md for every module and every build. Behaviors, handlers and
/// validators are stateless and resolved once per request, so they are transient: a scoped one also cost an entry in
/// the request scope's table of resolved services, on every request.
/// </summary>
public static class PipelineRegistration
{
    public static IServiceCollection AddPlatformPipeline(this IServiceCollection services)
    {
        services.AddScoped<CallContext>();
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthenticationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        return services;
    }

    /// <summary>Registers every non-abstract <see cref="IRequestHandler{TRequest,TResponse}"/> and <see cref="IRequestValidator{TRequest}"/> of a module's assembly.</summary>
    public static IServiceCollection AddRequestHandlers(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType
                         && (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>) || i.GetGenericTypeDefinition() == typeof(IRequestValidator<>))))
            {
                services.AddTransient(contract, type);
            }
        }

        return services;
    }
}
