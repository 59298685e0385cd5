using System.Net;
using Platform.Hcl.Decoding;
using Platform.Hcl.Diagnostics;
using Platform.Host.Server;

namespace Platform.Host.Config;

/// <summary>
/// <c>listener "tcp" { address = "127.0.0.1:4646"  tls_disable = true }</c>, Vault's shape. TLS is on unless
/// disabled, as in Vault: then <c>tls_cert_file</c> and <c>tls_key_file</c> (PEM) are required. Vault also puts
/// <c>max_request_size</c> here; it wins over the top-level one.
/// </summary>
internal static class ListenerSection
{
    public const string Tcp = "tcp";

    private static readonly BodySchema Schema = new(
        [new("address"), new("tls_disable"), new("tls_cert_file"), new("tls_key_file"), new("max_request_size")],
        []);

    public sealed record Listener(IPEndPoint? Endpoint, ListenerTls? Tls, long? MaxRequestSize);

    public static Listener Read(HclBlockItem block, List<Diagnostic> diagnostics)
    {
        var type = block.Labels[0];
        if (type != Tcp)
        {
            diagnostics.Add(Diagnostic.Error(
                "Unsupported listener type",
                $"The listener type \"{type}\" is not supported; the only type is \"{Tcp}\".{NameSuggestion.Suffix(type, [Tcp])}",
                block.LabelRanges[0],
                block.DefRange));
        }

        var (content, contentDiagnostics) = block.Body.Content(Schema);
        diagnostics.AddRange(contentDiagnostics);
        var attributes = content.Attributes;

        IPEndPoint? endpoint = null;
        if (attributes.TryGetValue("address", out var address) && ConfigValueReader.String(address, diagnostics) is { } text)
        {
            try
            {
                endpoint = ServerSettings.ParseEndpoint(text);
            }
            catch (FormatException exception)
            {
                diagnostics.Add(ConfigValueReader.Invalid(address, exception.Message));
            }
        }

        var tlsDisabled = attributes.TryGetValue("tls_disable", out var disable) && ConfigValueReader.Bool(disable, diagnostics) == true;
        var certificate = attributes.TryGetValue("tls_cert_file", out var cert) ? ConfigValueReader.String(cert, diagnostics) : null;
        var key = attributes.TryGetValue("tls_key_file", out var keyAttribute) ? ConfigValueReader.String(keyAttribute, diagnostics) : null;
        ListenerTls? tls = null;
        if (!tlsDisabled)
        {
            if (certificate is null || key is null)
            {
                diagnostics.Add(Diagnostic.Error(
                    "TLS certificate required",
                    "TLS is on unless disabled: set tls_cert_file and tls_key_file (PEM files), or tls_disable = true for plain HTTP.",
                    block.DefRange,
                    block.DefRange));
            }
            else
            {
                tls = new ListenerTls(Path.GetFullPath(certificate), Path.GetFullPath(key));
            }
        }

        long? maxRequestSize = attributes.TryGetValue("max_request_size", out var size) ? ConfigValueReader.Long(size, diagnostics) : null;
        return new Listener(endpoint, tls, maxRequestSize);
    }
}
