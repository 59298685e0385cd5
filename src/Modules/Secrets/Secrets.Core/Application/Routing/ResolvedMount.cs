using Platform.Secrets.Grains.Mounts;

namespace Platform.Secrets.Application.Routing;

/// <summary>The mount a request path falls under, the path relative to it, and the backend serving it.</summary>
internal sealed record ResolvedMount(MountEntry Mount, string RelativePath, ILogicalBackend Backend);
