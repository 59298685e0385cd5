using Platform.Secrets.Domain.Audit;

namespace Platform.Secrets.Application.Audit;

/// <summary>
/// Appends entries to the device's file. The file is opened for each entry rather than held open: a rotated,
/// removed or unreachable file is noticed on the very next entry (and rotation needs no signal), at the price of an
/// open per entry, which only devices that are enabled pay. Entries from concurrent requests are written one at a
/// time so lines never interleave.
/// </summary>
internal sealed class FileAuditSink(FileAuditDeviceOptions options)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string FilePath => options.FilePath;

    /// <summary>Creates the file if needed (with the device's mode) and proves it can be opened for appending.</summary>
    /// <exception cref="IOException">The file cannot be created or opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be created or opened.</exception>
    public void EnsureWritable()
    {
        using var stream = Open();
    }

    public async Task WriteAsync(byte[] line, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var stream = Open();
            await stream.WriteAsync(line, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private FileStream Open()
    {
        var open = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite, BufferSize = 0 };
        if (!OperatingSystem.IsWindows())
        {
            open.UnixCreateMode = options.Mode;
        }

        return new FileStream(options.FilePath, open);
    }
}
