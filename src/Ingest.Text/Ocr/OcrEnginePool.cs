using System.Collections.Concurrent;

namespace Ingest.Text.Ocr;

/// <summary>
/// At most <see cref="OcrSettings.Engines"/> Tesseract engines, made on first need and kept (loading a model takes
/// a while); a caller borrows one for a page, so each worker thread has an engine of its own.
/// </summary>
public sealed class OcrEnginePool(OcrSettings settings) : IDisposable
{
    private readonly SemaphoreSlim _available = new(settings.Engines, settings.Engines);
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly ConcurrentBag<TesseractEngine> _all = [];

    public OcrSettings Settings { get; } = settings;

    public int Size => Settings.Engines;

    /// <summary>Engines made so far: 0 proves that nothing was OCR'd.</summary>
    public int EnginesCreated => _all.Count;

    public T Use<T>(Func<TesseractEngine, T> work, CancellationToken cancellationToken = default)
    {
        _available.Wait(cancellationToken);
        try
        {
            if (!_idle.TryTake(out var engine))
            {
                engine = TesseractEngine.Create(Settings);
                _all.Add(engine);
            }
            try
            {
                return work(engine);
            }
            finally
            {
                _idle.Add(engine);
            }
        }
        finally
        {
            _available.Release();
        }
    }

    public void Dispose()
    {
        foreach (var engine in _all)
        {
            engine.Dispose();
        }
        _available.Dispose();
    }
}
