using MediatR;
using Platform.Kernel.Auth;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Policies;
using Platform.Secrets.Domain.Policies;
using Platform.Secrets.Application.Tokens;
using Platform.Secrets.Domain.Tokens;
using Platform.Secrets.Grains;
using Platform.Secrets.Grains.Tokens;

namespace Platform.Secrets.Application.Policies;

internal sealed class ReadPolicyHandler(IGrainFactory grains) : IRequestHandler<ReadPolicyQuery, PolicyResponse>
{
    public async Task<PolicyResponse> Handle(ReadPolicyQuery request, CancellationToken cancellationToken)
    {
        var name = BuiltInPolicies.NormalizeName(request.Name);
        if (name == BuiltInPolicies.Root)
        {
            return new PolicyResponse(name, "");
        }

        var text = await grains.GetGrain<IPolicyRegistryGrain>(IPolicyRegistryGrain.Key).GetAsync(name);
        return text is null ? throw new NotFoundException($"no policy named \"{name}\"") : new PolicyResponse(name, text);
    }
}

internal sealed class WritePolicyHandler(IGrainFactory grains, CompiledAclCache cache) : IRequestHandler<WritePolicyCommand, Unit>
{
    public async Task<Unit> Handle(WritePolicyCommand request, CancellationToken cancellationToken)
    {
        var name = BuiltInPolicies.NormalizeName(request.Name);
        if (name.Length == 0)
        {
            throw new ValidationException("policy name must not be empty");
        }

        if (name == BuiltInPolicies.Root)
        {
            throw new ValidationException("cannot update \"root\" policy");
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new ValidationException("'policy' parameter not supplied or empty");
        }

        var parsed = PolicyParser.Parse(request.Text, name);
        if (parsed.Policy is null)
        {
            throw new ValidationException(parsed.ErrorMessages.Select(m => $"failed to parse policy: {m}").ToList());
        }

        await grains.GetGrain<IPolicyRegistryGrain>(IPolicyRegistryGrain.Key).PutAsync(name, request.Text);
        cache.Invalidate();
        return Unit.Value;
    }
}

internal sealed class DeletePolicyHandler(IGrainFactory grains, CompiledAclCache cache) : IRequestHandler<DeletePolicyCommand, Unit>
{
    public async Task<Unit> Handle(DeletePolicyCommand request, CancellationToken cancellationToken)
    {
        await grains.GetGrain<IPolicyRegistryGrain>(IPolicyRegistryGrain.Key).DeleteAsync(BuiltInPolicies.NormalizeName(request.Name));
        cache.Invalidate();
        return Unit.Value;
    }
}

internal sealed class ListPoliciesHandler(IGrainFactory grains) : IRequestHandler<ListPoliciesQuery, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(ListPoliciesQuery request, CancellationToken cancellationToken)
    {
        var snapshot = await grains.GetGrain<IPolicyRegistryGrain>(IPolicyRegistryGrain.Key).GetSnapshotAsync();
        // Vault lists the stored names in order and appends the built-in "root", which is never stored.
        return [.. snapshot.Policies.Keys.Order(StringComparer.Ordinal), BuiltInPolicies.Root];
    }
}

internal sealed class CapabilitiesSelfHandler(CompiledAclCache cache, CallContext context)
    : IRequestHandler<CapabilitiesSelfQuery, IReadOnlyDictionary<string, IReadOnlyList<string>>>
{
    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> Handle(CapabilitiesSelfQuery request, CancellationToken cancellationToken) =>
        PathCapabilities.ComputeAsync(cache, (context.Identity ?? throw new PermissionDeniedException()).Policies, request.Paths, cancellationToken);
}

internal sealed class CapabilitiesHandler(CompiledAclCache cache, IGrainFactory grains)
    : IRequestHandler<CapabilitiesQuery, IReadOnlyDictionary<string, IReadOnlyList<string>>>
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> Handle(CapabilitiesQuery request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Token))
        {
            throw new ValidationException("missing token");
        }

        // A lookup, not a use: asking about a num_uses token does not spend it.
        var snapshot = await grains.GetGrain<ITokenGrain>(TokenSecrets.Hash(request.Token)).LookupAsync()
            ?? throw new ValidationException("invalid token");
        return await PathCapabilities.ComputeAsync(cache, snapshot.Entry.Policies, request.Paths, cancellationToken);
    }
}

internal sealed class CapabilitiesAccessorHandler(CompiledAclCache cache, AccessorResolution accessors)
    : IRequestHandler<CapabilitiesAccessorQuery, IReadOnlyDictionary<string, IReadOnlyList<string>>>
{
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> Handle(CapabilitiesAccessorQuery request, CancellationToken cancellationToken)
    {
        var snapshot = await accessors.ResolveAsync(request.Accessor);
        return await PathCapabilities.ComputeAsync(cache, snapshot.Entry.Policies, request.Paths, cancellationToken);
    }
}

/// <summary>The answer of the three capabilities routes: per path, the capability words (or <c>root</c>, or <c>deny</c>).</summary>
internal static class PathCapabilities
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ComputeAsync(
        CompiledAclCache cache, IReadOnlyList<string> policies, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            throw new ValidationException("missing required 'paths' parameter");
        }

        var acl = await cache.GetAsync(policies, cancellationToken);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            result[path] = acl.IsRoot ? ["root"] : CapabilityNames.ToNames(acl.CapabilitiesOn(path));
        }

        return result;
    }
}
