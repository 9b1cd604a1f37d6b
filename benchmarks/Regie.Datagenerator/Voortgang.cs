using System.Diagnostics;

namespace Regie.Datagenerator;

/// <summary>Rows written to one table so far.</summary>
public sealed class Teller(string tabel)
{
    private long _rijen;
    public string Tabel { get; } = tabel;
    public long Rijen => Interlocked.Read(ref _rijen);
    public void Tel() => Interlocked.Increment(ref _rijen);
    public void Tel(long rijen) => Interlocked.Add(ref _rijen, rijen);
}

/// <summary>One console line, redrawn twice a second: a bar for the phase and the rows per table.</summary>
public sealed class Voortgang : IDisposable
{
    private readonly string _fase;
    private readonly Func<double> _deel;
    private readonly IReadOnlyList<Teller> _tellers;
    private readonly Stopwatch _klok = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly bool _terminal = !Console.IsOutputRedirected;
    private int _laatstePercentage = -1;
    private int _vorigeLengte;

    public Voortgang(string fase, Func<double> deel, params IReadOnlyList<Teller> tellers)
    {
        (_fase, _deel, _tellers) = (fase, deel, tellers);
        _timer = new Timer(_ => Teken(klaar: false), null, 0, 500);
    }

    public TimeSpan Duur => _klok.Elapsed;

    private void Teken(bool klaar)
    {
        var deel = Math.Clamp(klaar ? 1 : _deel(), 0, 1);
        var procent = (int)(deel * 100);
        // Without a terminal (a log file) one line per 10 %, instead of a line that redraws itself.
        if (!_terminal && !klaar && procent / 10 == _laatstePercentage / 10) return;
        _laatstePercentage = procent;
        var balk = new string('#', (int)(deel * 30)).PadRight(30, '.');
        var rijen = string.Join(" · ", _tellers.Select(t => $"{t.Tabel} {t.Rijen:N0}"));
        var regel = $"{_fase} [{balk}] {procent,3}% {_klok.Elapsed.TotalSeconds,5:0}s  {rijen}";
        lock (_tellers)
        {
            if (_terminal) Console.Write("\r" + regel.PadRight(_vorigeLengte));
            else Console.WriteLine(regel);
            _vorigeLengte = regel.Length;
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Teken(klaar: true);
        if (_terminal) Console.WriteLine();
    }
}
