using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Orleans.Serialization.TypeSystem;
using Platform.ApiTests.Support;
using Platform.Kernel.Grains;
using Platform.Secrets.Grains.Tokens;
using Xunit;

namespace Platform.ApiTests.Grains;

public sealed class CachedGrainInterfaceTypesTests
{
    [Fact]
    public async Task Resolve_EveryGrainInterfaceOfTheServer_AnswersWhatOrleansAloneAnswers()
    {
        await using var host = await TestServerHost.StartAsync();
        var providers = host.Services.GetServices<IGrainInterfaceTypeProvider>().ToList();
        Assert.IsType<CachedGrainInterfaceTypes>(providers[0]);
        var cached = host.Services.GetRequiredService<GrainInterfaceTypeResolver>();
        var uncached = new GrainInterfaceTypeResolver(providers.Skip(1), host.Services.GetRequiredService<TypeConverter>());

        var interfaces = new[] { typeof(ITokenGrain).Assembly, typeof(CachedGrainInterfaceTypes).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsInterface && typeof(IGrain).IsAssignableFrom(type) && !type.ContainsGenericParameters)
            .ToList();
        Assert.Contains(typeof(ITokenGrain), interfaces);
        foreach (var type in interfaces)
        {
            var expected = uncached.GetGrainInterfaceType(type);
            Assert.Equal(expected, cached.GetGrainInterfaceType(type));
            Assert.Equal(expected, cached.GetGrainInterfaceType(type));
        }
    }
}
