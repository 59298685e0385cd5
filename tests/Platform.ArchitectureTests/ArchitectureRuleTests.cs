using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.ArchitectureTests.Rules;
using Platform.ArchitectureTests.Samples;
using Platform.ArchitectureTests.Samples.Domain;
using Platform.Kernel.Pipeline;
using Platform.Secrets;

namespace Platform.ArchitectureTests;

/// <summary>The rules of DESIGN.md checked on every module assembly the host references.</summary>
public sealed class ArchitectureRuleTests
{
    private static IEnumerable<Type> ModuleTypes => ModuleAssemblies.All.SelectMany(a => a.GetTypes());

    [Fact]
    public void ModuleAssemblies_Discovered_IncludeSecrets()
    {
        var names = ModuleAssemblies.All.Select(a => a.GetName().Name).ToList();

        Assert.Contains("Secrets.Contracts", names);
        Assert.Contains("Secrets.Core", names);
    }

    [Fact]
    public void Requests_InEveryModule_DeclareAclCapabilityOrUnauthenticated()
    {
        var requests = ModuleTypes.Where(RequestDeclarationRule.IsConcreteRequest).ToList();

        Assert.NotEmpty(requests);
        Assert.Empty(RequestDeclarationRule.FindOffenders(requests));
    }

    [Fact]
    public void RequestRule_WrongSamples_ReportsEachOffender()
    {
        var offenders = RequestDeclarationRule.FindOffenders(
            [typeof(RequestWithoutDeclaration), typeof(RequestWithNoCapability), typeof(RequestDeclaringBoth), typeof(WellDeclaredRequest), typeof(WellDeclaredAnonymousRequest)]);

        Assert.Equal(3, offenders.Count);
        Assert.Contains(offenders, o => o.Contains(nameof(RequestWithoutDeclaration), StringComparison.Ordinal) && o.Contains("neither", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains(nameof(RequestWithNoCapability), StringComparison.Ordinal) && o.Contains("None", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains(nameof(RequestDeclaringBoth), StringComparison.Ordinal) && o.Contains("both", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_InEveryModuleAndBuildingBlock_ReferencesNoInfrastructure()
    {
        var types = ModuleTypes.Concat(ModuleAssemblies.BuildingBlocks.SelectMany(a => a.GetTypes())).ToList();

        Assert.Contains(types, DomainPurityRule.IsDomainType);
        Assert.Empty(DomainPurityRule.FindOffenders(types));
    }

    [Fact]
    public void DomainRule_WrongSamples_ReportsSignatureAndMethodBodyUses()
    {
        var offenders = DomainPurityRule.FindOffenders([typeof(RuleCallingOrleansInBody), typeof(RuleTakingHttpContext), typeof(PureRule)]);

        Assert.Contains(offenders, o => o.Contains(nameof(RuleCallingOrleansInBody), StringComparison.Ordinal) && o.Contains("Orleans.IGrainFactory", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains(nameof(RuleTakingHttpContext), StringComparison.Ordinal) && o.Contains("Microsoft.AspNetCore.Http.HttpContext", StringComparison.Ordinal));
        Assert.DoesNotContain(offenders, o => o.Contains(nameof(PureRule), StringComparison.Ordinal));
    }

    [Fact]
    public void ModuleReferences_InEveryModule_AreOwnAssembliesOtherContractsOrBuildingBlocks()
    {
        var moduleNames = ModuleAssemblies.All.Select(a => a.GetName().Name!).ToList();
        var references = ModuleAssemblies.All.Concat(ModuleAssemblies.BuildingBlocks)
            .Select(a => (a.GetName().Name!, a.GetReferencedAssemblies().Select(r => r.Name!)));

        Assert.Empty(ModuleReferenceRule.FindOffenders(references, moduleNames, ModuleAssemblies.BuildingBlockNames));
    }

    [Fact]
    public void ModuleReferenceRule_WrongSamples_ReportsEachOffender()
    {
        string[] modules = ["Secrets.Contracts", "Secrets.Core", "Scheduler.Contracts", "Scheduler.Core"];
        (string, IEnumerable<string>)[] references =
        [
            ("Scheduler.Core", ["Secrets.Core", "Secrets.Contracts", "Scheduler.Contracts", "Platform.Kernel"]),
            ("Secrets.Contracts", ["Secrets.Core", "Platform.Kernel"]),
            ("Platform.Kernel", ["Scheduler.Contracts"]),
            ("Secrets.Core", ["Secrets.Contracts", "Scheduler.Contracts", "Platform.Hcl"]),
        ];

        var offenders = ModuleReferenceRule.FindOffenders(references, modules, ModuleAssemblies.BuildingBlockNames);

        Assert.Equal(
            [
                "Scheduler.Core → Secrets.Core: another module is reachable only through its Contracts",
                "Secrets.Contracts → Secrets.Core: Contracts must not depend on the module's implementation",
                "Platform.Kernel → Scheduler.Contracts: a building block references a module",
            ],
            offenders);
    }

    [Fact]
    public void Handlers_InEveryModule_AreInternalSealed()
    {
        Assert.Empty(HandlerVisibilityRule.FindOffenders(ModuleTypes));
    }

    [Fact]
    public void HandlerRule_WrongSamples_ReportsPublicAndUnsealed()
    {
        var offenders = HandlerVisibilityRule.FindOffenders([typeof(PublicHandler), typeof(UnsealedHandler), typeof(GoodHandler)]);

        Assert.Equal(2, offenders.Count);
        Assert.Contains(offenders, o => o.Contains(nameof(PublicHandler), StringComparison.Ordinal) && o.Contains("public", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains(nameof(UnsealedHandler), StringComparison.Ordinal) && o.Contains("not sealed", StringComparison.Ordinal));
    }

    [Fact]
    public void Pipeline_AsRegistered_IsLoggingAuthenticationAuthorizationValidationAudit()
    {
        var services = new ServiceCollection().AddPlatformPipeline().AddSecretsModule();

        Assert.Empty(PipelineOrderRule.FindOffenders(PipelineOrderRule.RegisteredBehaviors(services), ExpectedPipeline));
    }

    [Fact]
    public void PipelineRule_AuditBeforeValidation_IsReported()
    {
        var services = new ServiceCollection();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthenticationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));

        var offenders = PipelineOrderRule.FindOffenders(PipelineOrderRule.RegisteredBehaviors(services), ExpectedPipeline);

        Assert.Equal(["pipeline is LoggingBehavior → AuthenticationBehavior → AuthorizationBehavior → AuditBehavior → ValidationBehavior; DESIGN.md requires LoggingBehavior → AuthenticationBehavior → AuthorizationBehavior → ValidationBehavior → AuditBehavior"], offenders);
    }

    private static readonly Type[] ExpectedPipeline =
    [
        typeof(LoggingBehavior<,>),
        typeof(AuthenticationBehavior<,>),
        typeof(AuthorizationBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(AuditBehavior<,>),
    ];
}
