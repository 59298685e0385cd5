using MediatR;
using Platform.Kernel.Auth;

// Deliberately wrong types: each rule is run on these too, to prove it reports what it exists to catch.
// They live only in this test assembly, which the real checks never scan.
namespace Platform.ArchitectureTests.Samples
{
    public sealed record RequestWithoutDeclaration : IRequest<Unit>;

    public sealed record RequestWithNoCapability : IRequest<Unit>, IAclRequest
    {
        public string AclPath => "sys/sample";

        public Capability RequiredCapability => Capability.None;
    }

    [Unauthenticated]
    public sealed record RequestDeclaringBoth : IRequest<Unit>, IAclRequest
    {
        public string AclPath => "sys/sample";

        public Capability RequiredCapability => Capability.Read;
    }

    public sealed record WellDeclaredRequest : IRequest<Unit>, IAclRequest
    {
        public string AclPath => "sys/sample";

        public Capability RequiredCapability => Capability.Read | Capability.Sudo;
    }

    [Unauthenticated]
    public sealed record WellDeclaredAnonymousRequest : IRequest<Unit>;

#pragma warning disable CA1812 // Instantiated by the rule under test only through reflection.
    public sealed class PublicHandler : IRequestHandler<WellDeclaredRequest, Unit>
    {
        public Task<Unit> Handle(WellDeclaredRequest request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
    }

    internal class UnsealedHandler : IRequestHandler<WellDeclaredAnonymousRequest, Unit>
    {
        public Task<Unit> Handle(WellDeclaredAnonymousRequest request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
    }

    internal sealed class GoodHandler : IRequestHandler<RequestWithoutDeclaration, Unit>
    {
        public Task<Unit> Handle(RequestWithoutDeclaration request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
    }
#pragma warning restore CA1812
}

namespace Platform.ArchitectureTests.Samples.Domain
{
    /// <summary>Uses Orleans only inside a method body: the rule must read IL, not just signatures.</summary>
    public static class RuleCallingOrleansInBody
    {
        public static string Describe(object grain) => grain is Orleans.IGrainFactory ? "factory" : "other";
    }

    /// <summary>Uses ASP.NET in its signature.</summary>
    public sealed class RuleTakingHttpContext
    {
        public string? Path(Microsoft.AspNetCore.Http.HttpContext context) => context.Request.Path.Value;
    }

    /// <summary>Pure: only the BCL.</summary>
    public static class PureRule
    {
        public static int Double(int value) => value * 2;
    }
}
