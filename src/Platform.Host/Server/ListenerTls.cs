namespace Platform.Host.Server;

/// <summary>The listener's certificate and private key, PEM files, as <c>tls_cert_file</c> and <c>tls_key_file</c> name them.</summary>
internal sealed record ListenerTls(string CertificateFile, string KeyFile);
