namespace Regie.Domain.Gedeeld;

/// <summary>The answer of a domain action that may be refused: refusals carry a Dutch sentence for the user.</summary>
public class Uitkomst
{
    protected Uitkomst(bool gelukt, string melding)
    {
        Gelukt = gelukt;
        Melding = melding;
    }

    public bool Gelukt { get; }
    public bool IsFout => !Gelukt;
    public string Melding { get; }

    public static Uitkomst Ok() => new(true, "");
    public static Uitkomst Fout(string melding) => new(false, melding);
    public static Uitkomst<T> Ok<T>(T waarde) => new(waarde, true, "");
    public static Uitkomst<T> Fout<T>(string melding) => new(default, false, melding);
}

public sealed class Uitkomst<T> : Uitkomst
{
    internal Uitkomst(T? waarde, bool gelukt, string melding) : base(gelukt, melding) => Waarde = waarde;

    /// <summary>Only meaningful when <see cref="Uitkomst.Gelukt"/> is true.</summary>
    public T? Waarde { get; }
}
