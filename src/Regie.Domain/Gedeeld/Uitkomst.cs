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

    /// <summary>The property a refusal is about (e.g. <c>Telefoon</c>), so a form can put the message next to that field.</summary>
    public string? Veld { get; private init; }

    public static Uitkomst Ok() => new(true, "");
    public static Uitkomst Fout(string melding) => new(false, melding);
    public static Uitkomst Fout(string melding, string veld) => new(false, melding) { Veld = veld };
    public static Uitkomst<T> Ok<T>(T waarde) => new(waarde, true, "");
    public static Uitkomst<T> Fout<T>(string melding) => new(default, false, melding);
    public static Uitkomst<T> Fout<T>(string melding, string veld) => new(default, false, melding) { Veld = veld };

    /// <summary>This refusal, with its field, as the answer of an action that returns something else.</summary>
    public Uitkomst<T> Als<T>() =>
        Gelukt ? throw new InvalidOperationException("Alleen een weigering gaat door als een andere uitkomst.") : new(default, false, Melding) { Veld = Veld };
}

public sealed class Uitkomst<T> : Uitkomst
{
    internal Uitkomst(T? waarde, bool gelukt, string melding) : base(gelukt, melding) => Waarde = waarde;

    /// <summary>Only meaningful when <see cref="Uitkomst.Gelukt"/> is true.</summary>
    public T? Waarde { get; }
}
