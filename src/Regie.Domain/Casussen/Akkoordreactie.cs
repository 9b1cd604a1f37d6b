using Regie.Domain.Gedeeld;

namespace Regie.Domain.Casussen;

/// <summary>A beslisser's own answer in the portal to the concept that lies before the ouders. One current row per
/// betrokkene: answering again replaces it. It lapses (<see cref="Vervallen"/>) when the afspraken change afterwards.</summary>
public sealed class Akkoordreactie
{
    public const int MaxOpmerkingLengte = 2000;

    private Akkoordreactie() { }

    internal Akkoordreactie(Guid betrokkeneId, bool akkoord, string? opmerking, DateTimeOffset nu)
    {
        Id = Guid.NewGuid();
        BetrokkeneId = betrokkeneId;
        Vervang(akkoord, opmerking, nu);
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public Guid BetrokkeneId { get; private set; }
    public bool Akkoord { get; private set; }

    /// <summary>Required when not akkoord: the table must know why.</summary>
    public string? Opmerking { get; private set; }

    public DateTimeOffset GegevenOp { get; private set; }

    /// <summary>The afspraken changed after this answer: the beslisser is asked again, vaststellen does not use it.</summary>
    public bool Vervallen { get; private set; }

    internal void Vervang(bool akkoord, string? opmerking, DateTimeOffset nu)
    {
        Akkoord = akkoord;
        Opmerking = Vereist.OptioneleTekst(opmerking, "De opmerking", MaxOpmerkingLengte, nameof(Opmerking)).Zeker();
        GegevenOp = nu;
        Vervallen = false;
    }

    internal void Vervalt() => Vervallen = true;
}
