using System.Globalization;
using MediatR;
using Platform.Kernel.Errors;
using Platform.Secrets.Contracts.Leases;
using Platform.Secrets.Domain.Leases;

namespace Platform.Secrets.Application.Leases;

internal sealed class LookupLeaseHandler(LeaseStore store, TimeProvider time) : IRequestHandler<LookupLeaseQuery, LeaseLookupResponse>
{
    public async Task<LeaseLookupResponse> Handle(LookupLeaseQuery request, CancellationToken cancellationToken)
    {
        var lease = await store.LookupAsync(LeaseId.Require(request.LeaseId));
        return new LeaseLookupResponse(
            lease.Id,
            Rfc3339(lease.IssueTime),
            lease.ExpireTime is { } expire ? Rfc3339(expire) : null,
            lease.LastRenewalTime is { } renewed ? Rfc3339(renewed) : null,
            lease.Renewable,
            lease.TtlAt(time.GetUtcNow()));
    }

    private static string Rfc3339(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}

internal sealed class ListLeasesHandler(LeaseStore store) : IRequestHandler<ListLeasesQuery, LeaseListResponse>
{
    public async Task<LeaseListResponse> Handle(ListLeasesQuery request, CancellationToken cancellationToken)
    {
        var prefix = LeaseId.Prefix(request.Prefix) ?? throw new ValidationException("invalid prefix");
        return new LeaseListResponse(await store.ListAsync(prefix));
    }
}

internal sealed class RenewLeaseHandler(LeaseStore store) : IRequestHandler<RenewLeaseCommand, LeaseRenewal>
{
    public Task<LeaseRenewal> Handle(RenewLeaseCommand request, CancellationToken cancellationToken) =>
        store.RenewAsync(LeaseId.Require(request.LeaseId), request.Increment, cancellationToken);
}

internal sealed class RevokeLeaseHandler(LeaseRevocation revocation) : IRequestHandler<RevokeLeaseCommand, Unit>
{
    public async Task<Unit> Handle(RevokeLeaseCommand request, CancellationToken cancellationToken)
    {
        await revocation.RevokeAsync(LeaseId.Require(request.LeaseId), force: false, cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RevokeLeasePrefixHandler(LeaseRevocation revocation) : IRequestHandler<RevokeLeasePrefixCommand, Unit>
{
    public async Task<Unit> Handle(RevokeLeasePrefixCommand request, CancellationToken cancellationToken)
    {
        var prefix = LeaseId.Prefix(request.Prefix) ?? throw new ValidationException("invalid prefix");
        await revocation.RevokePrefixAsync(prefix, request.Force, cancellationToken);
        return Unit.Value;
    }
}
